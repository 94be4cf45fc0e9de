import {isRecord} from './post_actions';

// CONTRACTS.md (b). Mattermost only logs an invalid dialog; the sandbox refuses it so mistakes show up in tests.
const SUBTYPES = ['', 'text', 'email', 'number', 'tel', 'url', 'password'];
const TYPES = ['text', 'textarea', 'select', 'bool', 'radio', 'date', 'datetime'];
const DEFAULT_LIMIT: Record<string, number> = {text: 150, textarea: 3000, select: 3000, bool: 150, radio: 3000, date: 150, datetime: 150};
const isHttpUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);

type El = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const optionValues = (el: El) => (Array.isArray(el.options) ? el.options.filter(isRecord).map((o) => str(o.value)) : []);

export function dialogProblems(dialog: unknown): string[] {
    if (!isRecord(dialog)) {
        return ['dialog must be an object'];
    }
    const problems: string[] = [];
    const title = str(dialog.title);
    if (title === '' || title.length > 24) {
        problems.push(`title is required and at most 24 characters (got ${title.length})`);
    }
    if (dialog.icon_url !== undefined && dialog.icon_url !== '' && !isHttpUrl(dialog.icon_url)) {
        problems.push('icon_url must be an http(s) URL');
    }
    const elements = Array.isArray(dialog.elements) ? dialog.elements : [];
    const names = new Set<string>();
    elements.forEach((raw: unknown, i) => {
        const el: El = isRecord(raw) ? raw : {};
        const name = str(el.name);
        const label = `element ${i} (${name || 'no name'})`;
        if (names.has(name)) {
            problems.push(`${label}: name must be unique`);
        }
        names.add(name);
        problems.push(...elementProblems(el).map((p) => `${label}: ${p}`));
    });
    return problems;
}

function elementProblems(el: El): string[] {
    const out: string[] = [];
    const type = str(el.type);
    const displayName = str(el.display_name);
    if (displayName === '' || displayName.length > 24) {
        out.push(`display_name is required and at most 24 characters (got ${displayName.length})`);
    }
    if (str(el.name) === '' || str(el.name).length > 300) {
        out.push('name is required and at most 300 characters');
    }
    if (!TYPES.includes(type)) {
        return [...out, `type must be one of ${TYPES.join(', ')}`];
    }
    if (str(el.help_text).length > 150) {
        out.push('help_text must be at most 150 characters');
    }
    const limit = DEFAULT_LIMIT[type] ?? 150;
    for (const key of ['default', 'placeholder']) {
        if (str(el[key]).length > limit) {
            out.push(`${key} must be at most ${limit} characters for a ${type} element`);
        }
    }
    if ((type === 'text' || type === 'textarea') && !SUBTYPES.includes(str(el.subtype))) {
        out.push(`subtype must be one of ${SUBTYPES.filter(Boolean).join(', ')}`);
    }
    out.push(...lengthProblems(el), ...choiceProblems(el, type));
    return out;
}

function lengthProblems(el: El): string[] {
    const min = typeof el.min_length === 'number' ? el.min_length : 0;
    const max = typeof el.max_length === 'number' ? el.max_length : undefined;
    if (min < 0 || (max !== undefined && max > 0 && min > max)) {
        return ['min_length must be >= 0 and <= max_length'];
    }
    return [];
}

function choiceProblems(el: El, type: string): string[] {
    const out: string[] = [];
    const values = optionValues(el);
    const def = str(el.default);
    if (el.multiselect === true && type !== 'select') {
        out.push('multiselect is only allowed on select elements');
    }
    if (type === 'select') {
        const source = str(el.data_source);
        if (!['', 'users', 'channels', 'dynamic'].includes(source)) {
            out.push('data_source must be users, channels, dynamic or empty');
        }
        if (source === 'dynamic' && (!isHttpUrl(el.data_source_url) || values.length > 0)) {
            out.push('a dynamic select needs an http(s) data_source_url and no options');
        }
        const defaults = el.multiselect === true ? def.split(',').map((d) => d.trim()) : [def];
        if (source === '' && def !== '' && defaults.some((d) => !values.includes(d))) {
            out.push(`default "${def}" is not one of the option values`);
        }
    }
    if (type === 'radio' && def !== '' && !values.includes(def)) {
        out.push(`default "${def}" is not one of the option values`);
    }
    if (type === 'bool' && !['', 'true', 'false'].includes(def)) {
        out.push('default of a bool element must be "true", "false" or empty');
    }
    const interval = el.time_interval;
    if (type === 'datetime' && interval !== undefined && (typeof interval !== 'number' || interval < 1 || interval > 1440 || 1440 % interval !== 0)) {
        out.push('time_interval must be 1-1440 and divide 1440');
    }
    return out;
}
