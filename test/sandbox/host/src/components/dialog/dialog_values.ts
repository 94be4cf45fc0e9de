import type {DialogElement} from '@mattermost/types/integrations';

export type FieldValue = string | boolean;
export type FieldValues = Record<string, FieldValue>;

export function initialValues(elements: DialogElement[]): FieldValues {
    return Object.fromEntries(elements.map((e) => [e.name, e.type === 'bool' ? e.default === 'true' : e.default || '']));
}

// As Mattermost's dialog: bool values go as JSON booleans, number text fields as numbers, empty
// optional fields are left out.
export function toSubmission(elements: DialogElement[], values: FieldValues): Record<string, unknown> {
    const submission: Record<string, unknown> = {};
    for (const e of elements) {
        const value = values[e.name];
        if (e.type === 'bool') {
            submission[e.name] = value === true;
        } else if (typeof value === 'string' && value !== '') {
            submission[e.name] = e.type === 'text' && e.subtype === 'number' && !Number.isNaN(Number(value)) ? Number(value) : value;
        }
    }
    return submission;
}

// The checks the web app makes before sending: required fields and min/max length.
export function checkRequired(elements: DialogElement[], values: FieldValues): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const e of elements) {
        const value = values[e.name];
        const text = typeof value === 'string' ? value : '';
        if (!e.optional && e.type !== 'bool' && text.trim() === '') {
            errors[e.name] = 'This field is required.';
        } else if (text && e.min_length && text.length < e.min_length) {
            errors[e.name] = `Must be at least ${e.min_length} characters.`;
        } else if (text && e.max_length && text.length > e.max_length) {
            errors[e.name] = `Must be at most ${e.max_length} characters.`;
        }
    }
    return errors;
}
