import type {DialogElement} from '@mattermost/types/integrations';
import {describe, expect, it} from 'vitest';

import {checkRequired, initialValues, toSubmission} from './dialog_values';

const el = (over: Partial<DialogElement>): DialogElement => ({
    display_name: 'X', name: 'x', type: 'text', subtype: '', default: '', placeholder: '', help_text: '',
    optional: false, min_length: 0, max_length: 0, data_source: '', options: [], ...over,
});

describe('dialog values', () => {
    const elements = [
        el({name: 'title'}), el({name: 'notify', type: 'bool', default: 'true'}),
        el({name: 'minutes', subtype: 'number'}), el({name: 'note', type: 'textarea', optional: true}),
    ];

    it('starts from the defaults, bools as booleans', () => {
        expect(initialValues(elements)).toEqual({title: '', notify: true, minutes: '', note: ''});
    });

    it('submits booleans and numbers as JSON types and leaves empty optional fields out', () => {
        expect(toSubmission(elements, {title: 'DB down', notify: false, minutes: '15', note: ''}))
            .toEqual({title: 'DB down', notify: false, minutes: 15});
    });

    it.each([
        [{title: '', notify: true, minutes: '1', note: ''}, {title: 'This field is required.'}],
        [{title: 'a', notify: false, minutes: '1', note: ''}, {}],
    ])('checks required fields in %j', (values, errors) => {
        expect(checkRequired(elements, values)).toEqual(errors);
    });
});
