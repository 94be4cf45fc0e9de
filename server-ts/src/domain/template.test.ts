import {readdirSync, readFileSync} from 'node:fs';
import {Value} from 'typebox/value';
import {describe, expect, it} from 'vitest';
import {TemplateInput} from '../contract/incidents.js';
import {slugifyTemplateName, validateTemplate} from './template.js';
import {previewTemplate} from './template_render.js';

const VALID: TemplateInput = {
    name: 'Degraded service (SEV2)', description: 'Slow or partly failing Cloud service.', tier: 'cloud',
    channelNamePattern: 'inc-{date}-{slug}', isPrivate: false, headerPattern: '{severity} · {title} · {commander}',
    purposePattern: 'Incident #{number}: {title}', firstPost: 'Check the dashboards first.', defaultMembers: ['alice'],
    broadcastChannels: ['incidents'], checklist: [{title: 'Check dashboards', runbookUrl: 'https://handbook.mattermost.com/x'}],
    updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 240}, isDrill: false,
};

describe('validateTemplate', () => {
    it('accepts a valid template and derives the default severity', () =>
        expect(validateTemplate(VALID)).toEqual({ok: true, value: {...VALID, defaultSeverity: 'sev1',
            checklist: [{title: 'Check dashboards', runbookUrl: 'https://handbook.mattermost.com/x', runbookId: null}]}}));

    it('keeps a step\'s library runbook id, and names a malformed one at its step', () => {
        const id = '11111111-1111-4111-8111-111111111111';
        expect(validateTemplate({...VALID, checklist: [{title: 'x', runbookUrl: null, runbookId: ` ${id} `}, {title: 'y', runbookUrl: null, runbookId: ''}]}))
            .toMatchObject({ok: true, value: {checklist: [{title: 'x', runbookId: id}, {title: 'y', runbookId: null}]}});
        expect(validateTemplate({...VALID, checklist: [{title: 'x', runbookUrl: null}, {title: 'y', runbookUrl: null, runbookId: 'postgres-failover'}]}))
            .toEqual({ok: false, error: {'checklist[1].runbookId': 'not a runbook id: choose the runbook from the library'}});
    });

    it('tidies what people paste', () => {
        const result = validateTemplate({...VALID, name: '  Degraded  ', defaultMembers: [' @Alice', 'alice', '', 'bob'],
            broadcastChannels: ['~incidents', 'incidents'], checklist: [{title: ' Step ', runbookUrl: ' '}], tier: 'Community'});
        expect(result).toMatchObject({ok: true, value: {name: 'Degraded', tier: 'community', defaultSeverity: 'sev2',
            defaultMembers: ['alice', 'bob'], broadcastChannels: ['incidents'], checklist: [{title: 'Step', runbookUrl: null}]}});
    });

    it.each<[string, Partial<TemplateInput>, string, RegExp]>([
        ['a short name', {name: 'ab'}, 'name', /name is 2 characters: use 3 to 60/],
        ['a long name', {name: 'n'.repeat(61)}, 'name', /61 characters: use 3 to 60/],
        ['a long description', {description: 'd'.repeat(301)}, 'description', /301 characters: keep it to 300/],
        ['an unknown tier', {tier: 'platform'}, 'tier', /"platform" is not a tier: use cloud, community or internal/],
        ['a pattern with only separators', {channelNamePattern: '--_--'}, 'channelNamePattern', /needs at least two letters or digits/],
        ['an empty pattern', {channelNamePattern: ''}, 'channelNamePattern', /needs at least two letters or digits/],
        ['a title-only pattern', {channelNamePattern: '{title}'}, 'channelNamePattern', /incident 1 titled "🔥🚒" would get no channel name/],
        ['a number-only pattern', {channelNamePattern: '{number}'}, 'channelNamePattern', /incident 1 titled .* would get no channel name: add \{slug\} or \{date\}/],
        ['a commander-only pattern', {channelNamePattern: '{commander}'}, 'channelNamePattern', /would get no channel name/],
        ['an unknown placeholder in the name', {channelNamePattern: 'inc-{id}'}, 'channelNamePattern', /unknown placeholder \{id\}/],
        ['an unknown placeholder in the header', {headerPattern: '{owner}'}, 'headerPattern', /unknown placeholder \{owner\}/],
        ['a long header', {headerPattern: 'h'.repeat(1000) + '{title}'}, 'headerPattern', /header is 1034 characters .*keep it to 1024/],
        ['a long purpose', {purposePattern: 'p'.repeat(251)}, 'purposePattern', /keep it to 250/],
        ['an unknown placeholder in the purpose', {purposePattern: '{when}'}, 'purposePattern', /\{when\}/],
        ['a long first post', {firstPost: 'f'.repeat(4001)}, 'firstPost', /first post is 4001 characters/],
        ['an unknown placeholder in the first post', {firstPost: 'Hi {team}'}, 'firstPost', /\{team\}/],
        ['a bad username', {defaultMembers: ['Bob Smith']}, 'defaultMembers', /"bob smith" is not a username/],
        ['a long username', {defaultMembers: ['u'.repeat(23)]}, 'defaultMembers', /is not a username/],
        ['too many members', {defaultMembers: Array.from({length: 51}, (_, i) => `u${i}`)}, 'defaultMembers', /51 members: keep it to 50/],
        ['a display name as channel', {broadcastChannels: ['Town Square']}, 'broadcastChannels', /"town square" is not a channel name/],
        ['too many channels', {broadcastChannels: Array.from({length: 11}, (_, i) => `c${i}`)}, 'broadcastChannels', /11 channels: keep it to 10/],
        ['an untitled step', {checklist: [{title: 'ok', runbookUrl: null}, {title: ' ', runbookUrl: null}]}, 'checklist', /^step 2: give the step a title$/],
        ['a long step', {checklist: [{title: 's'.repeat(121), runbookUrl: null}]}, 'checklist', /step 1: title is 121 characters: keep it to 120/],
        ['a non-web runbook', {checklist: [{title: 'x', runbookUrl: 'ftp://h/x'}]}, 'checklist', /step 1: runbook link "ftp:\/\/h\/x" must be a full http/],
        ['a relative runbook', {checklist: [{title: 'x', runbookUrl: '/runbooks/x'}]}, 'checklist', /must be a full http/],
        ['too many steps', {checklist: Array.from({length: 31}, () => ({title: 'x', runbookUrl: null}))}, 'checklist', /31 steps: keep it to 30/],
        ['a short interval', {updateIntervalMinutes: {sev1: 4, sev2: 30, sev3: 60, sev4: 240}}, 'updateIntervalMinutes', /^SEV1 every 4 minutes: use whole minutes from 5 to 1440/],
        ['a long interval', {updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 1441}}, 'updateIntervalMinutes', /SEV4 every 1441 minutes/],
        ['a fractional interval', {updateIntervalMinutes: {sev1: 15, sev2: 7.5, sev3: 60, sev4: 240}}, 'updateIntervalMinutes', /SEV2 every 7.5 minutes/],
    ])('names %s', (_, change, field, message) => {
        const result = validateTemplate({...VALID, ...change});
        expect(result.ok).toBe(false);
        const fields = result.ok ? {} : result.error;
        expect(Object.keys(fields)).toEqual([field]);
        expect(fields[field]).toMatch(message);
    });

    it('reports every bad field at once', () => {
        const result = validateTemplate({...VALID, name: '', tier: 'x', headerPattern: '{nope}'});
        expect(!result.ok && Object.keys(result.error).sort()).toEqual(['headerPattern', 'name', 'tier']);
    });
});

describe('slugifyTemplateName', () => {
    it.each<[string, string]>([['Cloud outage (SEV1)', 'cloud-outage-sev1'], ['Sécurité', 'securite'], ['🔥🔥🔥', 'template']])(
        '%j → %j', (name, slug) => expect(slugifyTemplateName(name)).toBe(slug));
});

describe('previewTemplate', () => {
    it('renders a sample incident', () => expect(previewTemplate(VALID, 'sev2', new Date('2025-06-30T22:30:00Z'), 'Europe/Berlin')).toEqual({ok: true, value: {
        channelName: 'inc-2025-07-01-database-latency-high-in-eu-west-1', header: 'SEV2 · Database latency high in eu-west-1 · @alice',
        purpose: 'Incident #123: Database latency high in eu-west-1', firstPost: 'Check the dashboards first.',
    }}));
    it('names a bad zone', () => expect(previewTemplate(VALID, 'sev2', new Date(), 'Nowhere/City')).toMatchObject({ok: false, error: {timeZone: /unknown time zone/}}));
});

describe('seeded templates in assets/templates', () => {
    const dir = new URL('../../../assets/templates/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

    it('has the six handbook templates', () => expect(files.sort()).toEqual([
        'chaos-gameday-drill.json', 'cloud-outage.json', 'community-server.json', 'degraded-service.json', 'internal-platform.json', 'security-incident.json',
    ]));

    it.each(files)('%s is valid and named by its slug', (file) => {
        const {slug, ...input} = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as TemplateInput & {slug: string};
        expect(Value.Errors(TemplateInput, input)).toEqual([]);
        expect(validateTemplate(input)).toMatchObject({ok: true});
        expect(`${slug}.json`).toBe(file);
        expect(input.checklist.length).toBeGreaterThanOrEqual(4);
    });
});
