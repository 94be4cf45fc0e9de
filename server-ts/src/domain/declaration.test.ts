import {describe, expect, it} from 'vitest';
import {planDeclaration, type DeclarationInput, type DeclarationStep} from './declaration.js';
import type {ValidTemplate} from './template.js';
import type {Severity} from '../contract/summary.js';

const TEMPLATE: ValidTemplate = {
    name: 'Cloud outage (SEV1)', description: '', tier: 'cloud', defaultSeverity: 'sev1', channelNamePattern: 'inc-{date}-{slug}',
    isPrivate: false, headerPattern: '{severity} · {title} · Commander {commander}', purposePattern: '{template} #{number}: {title}',
    firstPost: 'Check the Cloud dashboards first.', defaultMembers: ['alice', 'bob'], broadcastChannels: ['incidents'],
    checklist: [{title: 'Assess impact', runbookUrl: 'https://handbook.mattermost.com/assess'}, {title: 'Status page', runbookUrl: null}],
    updateIntervalMinutes: {sev1: 15, sev2: 30, sev3: 60, sev4: 240}, isDrill: false,
};
const SOURCE = {id: 'post1', authorUsername: 'carol', message: 'API 5xx rate at 12%\n\nsince 09:40', permalink: 'http://mm.test/sre/pl/post1'};
const INPUT: DeclarationInput = {
    title: '  Database   latency high ', severity: 'sev2', summary: ' Writes time out. ',
    commander: {id: 'u-bob', username: 'bob'}, declarer: {id: 'u-dan', username: 'dan'}, sourcePost: SOURCE,
};
const CTX = {now: new Date('2025-03-13T23:30:00Z'), timeZone: 'Europe/Berlin', number: 42};

const plan = (input: Partial<DeclarationInput> = {}, template: Partial<ValidTemplate> = {}) =>
    planDeclaration({...INPUT, ...input}, {...TEMPLATE, ...template}, CTX);
const planned = (input: Partial<DeclarationInput> = {}, template: Partial<ValidTemplate> = {}) => {
    const result = plan(input, template);
    if (!result.ok) {
        throw new Error(JSON.stringify(result.error));
    }
    return result.value;
};

describe('planDeclaration refuses bad input', () => {
    it.each<[string, Partial<DeclarationInput>, Record<string, RegExp>]>([
        ['an empty title', {title: ''}, {title: /^give the incident a title$/}],
        ['a whitespace title', {title: ' \n\t '}, {title: /^give the incident a title$/}],
        ['a 201-character title', {title: 't'.repeat(201)}, {title: /^the title is 201 characters: keep it to 200$/}],
        ['an unknown severity', {severity: 'sev5'}, {severity: /"sev5" is not a severity/}],
        ['a word as severity', {severity: 'critical'}, {severity: /use SEV1 \(most severe\) to SEV4/}],
        ['a huge summary', {summary: 's'.repeat(4001)}, {summary: /4001 characters: keep it to 4000/}],
        ['several at once', {title: '', severity: '9'}, {title: /title/, severity: /not a severity/}],
    ])('%s', (_, input, fields) => {
        const result = plan(input);
        expect(result.ok).toBe(false);
        const error = result.ok ? {} : result.error;
        expect(Object.keys(error).sort()).toEqual(Object.keys(fields).sort());
        for (const [field, message] of Object.entries(fields)) {
            expect(error[field]).toMatch(message);
        }
    });

    it('accepts exactly 200 characters', () => expect(plan({title: 't'.repeat(200)}).ok).toBe(true));
    it('names a bad team zone', () => expect(planDeclaration(INPUT, TEMPLATE, {...CTX, timeZone: 'Bad/Zone'})).toEqual({ok: false, error: {timeZone: 'unknown time zone "Bad/Zone"'}}));
    it('blames the template when this title breaks it', () =>
        expect(plan({title: '🔥🔥'}, {channelNamePattern: '{title}'})).toMatchObject({ok: false, error: {template: /Cloud outage \(SEV1\)" cannot be used .*two letters or digits/}}));
});

describe('planDeclaration renders the incident', () => {
    it('fills channel, header, purpose and the next update from the template', () => expect(planned()).toMatchObject({
        subject: {number: 42, title: 'Database latency high', severity: 'sev2', summary: 'Writes time out.', isPrivate: false, isDrill: false, commanderUsername: 'bob'},
        channelName: 'inc-2025-03-14-database-latency-high', displayName: 'Incident 42: Database latency high',
        header: 'SEV2 · Database latency high · Commander @bob', purpose: 'Cloud outage (SEV1) #42: Database latency high',
        sourcePostId: 'post1', nextUpdateDueAt: new Date('2025-03-14T00:00:00Z'), broadcastChannels: ['incidents'],
    }));

    it.each<[string, string, Severity]>([['empty', '', 'sev1'], ['"3"', '3', 'sev3'], ['"SEV4"', 'SEV4', 'sev4']])(
        'reads severity %s', (_, severity, expected) => expect(planned({severity}).subject.severity).toBe(expected));

    it('quotes the source message with its permalink before the template text', () => expect(planned().firstPost).toBe([
        '#### :rotating_light: SEV2 incident 42: Database latency high',
        '', '**Commander:** @bob · **Declared by:** @dan · **Status:** investigating',
        '', '**Summary**\nWrites time out.',
        '', '**Declared from [a message by @carol](http://mm.test/sre/pl/post1):**\n> API 5xx rate at 12%\n>\n> since 09:40',
        '', '---\nCheck the Cloud dashboards first.',
    ].join('\n')));

    it('has no quote without a source post', () => expect(planned({sourcePost: undefined}).firstPost).not.toMatch(/Declared from|^>/m));
    it('marks drills', () => expect(planned({}, {isDrill: true}).firstPost).toMatch(/^#### :test_tube: DRILL · SEV2[\s\S]*\*\*This is a drill\.\*\*/));

    it('numbers checklist steps with runbook links', () => {
        const p = planned();
        expect(p.checklistPost).toBe('#### Checklist\n1. Assess impact · [runbook](https://handbook.mattermost.com/assess)\n2. Status page\n\nTick steps in the SRE Toolkit sidebar as you go.');
        expect(p.checklist).toEqual([
            {title: 'Assess impact', runbookUrl: 'https://handbook.mattermost.com/assess', runbook: null, doneAt: null, doneBy: null},
            {title: 'Status page', runbookUrl: null, runbook: null, doneAt: null, doneBy: null},
        ]);
    });

    it('takes each linked library runbook\'s title and link as of now; one the library lacks is left out', () => {
        const failover = {id: '11111111-1111-4111-8111-111111111111', title: 'Postgres failover', url: 'https://runbooks.example/failover'};
        const result = planDeclaration(INPUT, {...TEMPLATE, checklist: [
            {title: 'Fail over', runbookUrl: null, runbookId: failover.id},
            {title: 'Gone', runbookUrl: 'https://x.example', runbookId: '22222222-2222-4222-8222-222222222222'},
        ]}, {...CTX, runbooks: {linked: new Map([[failover.id, failover]]), hasPost: true}});
        expect(result.ok ? result.value.checklist.map((c) => [c.title, c.runbookUrl, c.runbook]) : result).toEqual([
            ['Fail over', null, failover], ['Gone', 'https://x.example', null],
        ]);
        expect(result.ok ? result.value.steps : []).toContain('runbooks_post');
    });

    it('marks a drill\'s channel: display name, header and purpose start with DRILL (once)', () => {
        expect(planned({}, {isDrill: true})).toMatchObject({displayName: 'DRILL · Incident 42: Database latency high',
            header: 'DRILL · SEV2 · Database latency high · Commander @bob', purpose: 'DRILL · Cloud outage (SEV1) #42: Database latency high'});
        expect(planned({}, {isDrill: true, headerPattern: 'DRILL · {title}', purposePattern: ''})).toMatchObject({header: 'DRILL · Database latency high', purpose: 'DRILL'});
        expect(planned().displayName).toBe('Incident 42: Database latency high');
    });

    it.each<[string, Partial<DeclarationInput>, string[]]>([
        ['everyone once, declarer first', {}, ['dan', 'bob', 'carol', 'alice']],
        ['the declarer commanding', {commander: {id: 'u-dan', username: 'dan'}}, ['dan', 'carol', 'alice', 'bob']],
        ['no source post', {sourcePost: undefined}, ['dan', 'bob', 'alice']],
        ['the author being a template member', {sourcePost: {...SOURCE, authorUsername: 'alice'}}, ['dan', 'bob', 'alice']],
    ])('adds members: %s', (_, input, members) => expect(planned(input).memberUsernames).toEqual(members));

    it.each<[string, Partial<DeclarationInput>, Partial<ValidTemplate>, DeclarationStep[]]>([
        ['from a message', {}, {}, ['create_channel', 'add_members', 'first_post', 'checklist_post', 'pin_summary', 'reply_in_thread', 'broadcast']],
        ['from the sidebar', {sourcePost: undefined}, {}, ['create_channel', 'add_members', 'first_post', 'checklist_post', 'pin_summary', 'broadcast']],
        ['without checklist or broadcast', {sourcePost: undefined}, {checklist: [], broadcastChannels: []}, ['create_channel', 'add_members', 'first_post', 'pin_summary']],
    ])('plans the steps %s', (_, input, template, steps) => expect(planned(input, template).steps).toEqual(steps));

    it('links the channel in the broadcast and the thread reply', () => {
        const p = planned();
        expect(p.broadcastText).toBe(':rotating_light: **SEV2 incident 42: Database latency high** in ~inc-2025-03-14-database-latency-high · commander @bob\n> Writes time out.');
        expect(p.threadReplyText).toBe('SEV2 incident 42: Database latency high was declared from this message: ~inc-2025-03-14-database-latency-high (commander @bob).');
        expect(planned({sourcePost: undefined}).threadReplyText).toBeNull();
    });

    it('keeps a private incident need-to-know outside its channel', () => {
        const p = planned({}, {isPrivate: true});
        expect(p.broadcastText).toBe(':lock: A private SEV2 incident (42) was declared. Commander: @bob; ask them if you need access.');
        expect(`${p.broadcastText} ${p.threadReplyText ?? ''}`).not.toMatch(/Database|inc-/);
    });

    it('clips names and texts to Mattermost limits', () => {
        const p = planned({title: 'w'.repeat(200)}, {headerPattern: '{title} '.repeat(6), purposePattern: '{title} {title}'});
        expect([Array.from(p.displayName).length, p.header.length, p.purpose.length]).toEqual([64, 1024, 250]);
        expect(p.purpose.endsWith('…')).toBe(true);
        expect(p.channelName.length).toBeLessThanOrEqual(64);
    });
});
