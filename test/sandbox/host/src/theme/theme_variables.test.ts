import {Preferences} from 'mattermost-redux/constants';
import {describe, expect, it} from 'vitest';

import {themeCssVariables, toRgbValues} from './theme_variables';

describe('themeCssVariables', () => {
    const denim = themeCssVariables(Preferences.THEMES.denim);

    it.each([
        ['--sidebar-bg', '#1e325c'],
        ['--sidebar-bg-rgb', '30, 50, 92'],
        ['--center-channel-bg', '#ffffff'],
        ['--center-channel-color-rgb', '63, 67, 80'],
        ['--error-text', '#d24b4e'],
        ['--error-text-color-rgb', '210, 75, 78'],
        ['--sidebar-team-background', '#162545'],
        ['--button-bg', '#1c58d9'],
    ])('Denim sets %s to %s', (name, value) => expect(denim[name]).toBe(value));

    it('sets the colour and -rgb forms Mattermost sets, plus the blends', () => {
        expect(Object.keys(denim)).toHaveLength(23 + 19 + 3);
        expect(denim['--mention-highlight-bg-mixed-rgb']).toMatch(/^\d+,\d+,\d+$/);
    });

    it('gives Onyx a dark centre', () => {
        expect(themeCssVariables(Preferences.THEMES.onyx)['--center-channel-bg-rgb']).toBe('25, 27, 31');
    });

    it('expands short hex', () => expect(toRgbValues('#fff')).toBe('255, 255, 255'));
});
