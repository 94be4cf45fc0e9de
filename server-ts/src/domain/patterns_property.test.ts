import fc from 'fast-check';
import {expect, it} from 'vitest';
import type {TemplateInput} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {isValidChannelName, patternVars, PLACEHOLDERS, renderChannelName, uniqueChannelName} from './patterns.js';
import {validateTemplate} from './template.js';

const TEMPLATE: TemplateInput = {
    name: 'Cloud outage (SEV1)', description: '', tier: 'cloud', channelNamePattern: '', isPrivate: false, headerPattern: '',
    purposePattern: '', firstPost: '', defaultMembers: [], broadcastChannels: [], checklist: [],
    updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 240}, isDrill: false,
};

const piece = fc.oneof(
    fc.constantFrom(...PLACEHOLDERS.map((p) => `{${p}}`)),
    fc.constantFrom('inc', '-', '_', ' ', '🔥', 'É', '{', '}', 'x'),
    fc.string({unit: 'binary', maxLength: 8}),
);
// Valid means what an SRE could save: validateTemplate accepts it.
const validPattern = fc.array(piece, {maxLength: 8}).map((parts) => parts.join(''))
    .filter((pattern) => validateTemplate({...TEMPLATE, channelNamePattern: pattern}).ok);
const title = fc.oneof(fc.string({unit: 'binary', maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 200}), fc.string({maxLength: 200}));

it('renders a valid, unique Mattermost channel name for any title and any valid pattern', () => {
    fc.assert(fc.property(
        validPattern, title,
        fc.integer({min: 1, max: 10_000_000}),
        fc.constantFrom<Severity>('sev1', 'sev2', 'sev3', 'sev4'),
        fc.stringMatching(/^[a-z0-9._-]{1,22}$/),
        fc.date({min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true}),
        fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Kiritimati', 'America/St_Johns'),
        fc.nat({max: 30}),
        (pattern, t, number, severity, commanderUsername, now, timeZone, takenCount) => {
            const vars = patternVars({title: t, number, severity, tier: 'cloud', commanderUsername, templateName: TEMPLATE.name, now, timeZone});
            if (!vars.ok) {
                throw new Error(vars.error);
            }
            const base = renderChannelName(pattern, vars.value);
            expect(base).toMatchObject({ok: true});
            const name = base.ok ? base.value : '';
            expect(isValidChannelName(name)).toBe(true);
            const taken = new Set<string>();
            const unique = uniqueChannelName(name, (n) => {
                const isTaken = taken.size < takenCount;
                taken.add(n);
                return isTaken;
            });
            expect(unique.ok && isValidChannelName(unique.value)).toBe(true);
        },
    ), {numRuns: 2000});
});
