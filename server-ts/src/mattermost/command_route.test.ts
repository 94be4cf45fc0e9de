import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {HELP_TEXT} from '../domain/sre_command.js';
import {interactionHarness, type Harness} from '../test_support/fake_interactions.js';
import {COMMAND_PATH} from './interaction_paths.js';

let h: Harness;
beforeEach(async () => {
    h = await interactionHarness();
});
afterEach(() => h.app.close());

async function slash(text: string, fields: Record<string, string> = {}) {
    const form = new URLSearchParams({token: 'cmd-token', team_id: 'team1', channel_id: 'ch-inc', user_id: 'u-alice', trigger_id: 'trig-1', text, ...fields});
    const res = await h.app.inject({method: 'POST', url: COMMAND_PATH, payload: form.toString(),
        headers: {'content-type': 'application/x-www-form-urlencoded'}});
    return {status: res.statusCode, body: res.json<{response_type: string; text: string}>()};
}

describe('/sre in an incident channel', () => {
    it.each<[string, string, unknown[], RegExp]>([
        ['update Rolled back the deploy\nerrors falling', 'postUpdate', ['inc1', 'Rolled back the deploy\nerrors falling'], /^Status update posted in incident 7; the next one is due at 13:00 UTC/],
        ['status identified', 'changeStatus', ['inc1', 'identified'], /status of incident 7 is now \*\*identified\*\*/],
        ['sev 1', 'changeSeverity', ['inc1', 'sev1'], /severity of incident 7 is now \*\*SEV1\*\*/],
        ['role commander @bob', 'assignRole', ['inc1', 'commander', {id: 'u-bob', username: 'bob'}], /^@bob is now the commander of incident 7/],
        ['resolve Rebuilt the index', 'resolve', ['inc1', 'Rebuilt the index'], /^Resolved incident 7/],
        ['reopen', 'reopen', ['inc1'], /^Reopened incident 7: the status is \*\*investigating\*\*/],
    ])('%s → %s', async (text, method, args, reply) => {
        const {status, body} = await slash(text);
        expect(status).toBe(200);
        expect(body.response_type).toBe('ephemeral');
        expect(body.text).toMatch(reply);
        expect(h.incidents.calls).toEqual([{method, args, actor: {id: 'u-alice', username: 'alice', isSystemAdmin: false}}]);
    });

    it('tells the actor a system admin by their roles', async () => {
        await slash('reopen', {user_id: 'u-bob'});
        expect(h.incidents.calls[0]?.actor).toEqual({id: 'u-bob', username: 'bob', isSystemAdmin: true});
    });

    it.each<[string, string, RegExp]>([
        ['not_found', 'status monitoring', /^No incident here, or you are not a member/],
        ['forbidden: only channel members change incidents', 'sev 2', /^You cannot do that: only channel members change incidents$/],
        ['the incident is resolved: reopen it first', 'update still broken', /^The incident is resolved: reopen it first$/],
    ])('answers the service error %s', async (error, text, reply) => {
        h.incidents.failWith = error;
        expect((await slash(text)).body.text).toMatch(reply);
    });

    it('names an unknown user instead of assigning a role', async () => {
        const {body} = await slash('role scribe @nobody');
        expect(body.text).toBe('There is no user @nobody.');
        expect(h.incidents.calls).toEqual([]);
    });

    it.each(['update x', 'status identified', 'sev 3', 'role scribe @bob', 'resolve done', 'reopen'])('outside an incident channel, %s says so with usage', async (text) => {
        const {body} = await slash(text, {channel_id: 'town-square'});
        expect(body.text).toMatch(/^No incident in this channel: run this in an incident's channel\.\n\nUsage: `\/sre /);
        expect(h.incidents.calls).toEqual([]);
    });
});

describe('/sre help and mistakes', () => {
    it.each(['', 'help'])('"%s" lists every subcommand and the quick-declare templates', async (text) => {
        const {body} = await slash(text);
        expect(body.text.startsWith(HELP_TEXT)).toBe(true);
        for (const sub of ['help', 'declare', 'update', 'status', 'sev', 'role', 'resolve', 'reopen']) {
            expect(body.text).toContain(`\`/sre ${sub}`);
        }
        expect(body.text).toContain('SEV1 → cloud-outage, SEV2 → degraded-service, SEV3 → internal-platform, SEV4 → internal-platform');
    });

    it.each<[string, RegExp]>([
        ['frobnicate', /^Unknown subcommand `frobnicate`\./],
        ['sev 9', /^"9" is not a severity[\s\S]*Usage: `\/sre sev <1-4>`/],
        ['update', /^Write what changed after `update`\./],
    ])('"%s" answers with the problem and the usage', async (text, reply) => {
        const {body} = await slash(text);
        expect(body.text).toMatch(reply);
        expect(h.incidents.calls).toEqual([]);
    });

    it.each([{}, {token: 'guess'}])('refuses a request without the registered token', async (fields) => {
        const {status} = await slash('help', {token: '', ...fields});
        expect(status).toBe(401);
    });
});

describe('/sre declare', () => {
    it('declares at once with the severity template and links the channel', async () => {
        const {body} = await slash('declare sev2 Database latency high');
        expect(body.text).toBe('Declared SEV2 incident 7: Database latency high (template degraded-service). Join it in ~inc-2025-03-05-checkout-errors.');
        const [call] = h.incidents.calls;
        expect(call?.args[0]).toMatchObject({teamId: 'team1', templateId: 't-degraded-service', title: 'Database latency high', severity: 'sev2'});
    });

    it.each([['sev1', 't-cloud-outage'], ['sev3', 't-internal-platform'], ['sev4', 't-internal-platform']])('%s uses %s', async (sev, templateId) => {
        await slash(`declare ${sev} Something broke`);
        expect(h.incidents.calls[0]?.args[0]).toMatchObject({templateId, severity: sev});
    });

    it('gives one incident when Mattermost delivers the same command twice', async () => {
        await slash('declare sev2 Database latency high');
        const again = await slash('declare sev2 Database latency high');
        expect(again.body.text).toMatch(/^Already declared SEV2 incident/);
        const keys = h.incidents.calls.map((c) => (c.args[0] as {idempotencyKey: string}).idempotencyKey);
        expect(keys[0]).toMatch(/^slash-[0-9a-f]{40}$/);
        expect(keys[1]).toBe(keys[0]);
        expect((await slash('declare sev2 Database latency high', {trigger_id: 'trig-2'})).body.text).toMatch(/^Declared/);
    });

    it('opens the dialog, prefilled, when the title or the severity is missing', async () => {
        const {body} = await slash('declare sev3');
        expect(body).toEqual({response_type: 'ephemeral', text: ''});
        const [opened] = h.bot.dialogs;
        expect(opened?.trigger_id).toBe('trig-1');
        expect(opened?.url).toBe('http://companion.test/sre-toolkit/mattermost/dialog');
        const defaults = Object.fromEntries(opened?.dialog.elements.map((e) => [e.name, e.default]) ?? []);
        expect(defaults).toEqual({title: '', summary: '', template: 't-internal-platform', severity: 'sev3', commander: 'u-alice'});
        await slash('declare Disk full on db-3');
        expect(h.bot.dialogs[1]?.dialog.elements[0]?.default).toBe('Disk full on db-3');
        expect(h.incidents.calls).toEqual([]);
    });

    it('says so when the dialog cannot be opened', async () => {
        h.bot.openDialog = () => Promise.resolve({ok: false, error: {kind: 'refused', status: 400, message: 'trigger id expired'}});
        const {body} = await slash('declare');
        expect(body.text).toMatch(/^Could not open the declare dialog \(trigger id expired\)/);
    });
});

describe('/sre oncall', () => {
    it('answers with who is on call in each schedule, ephemerally', async () => {
        h.deps.oncallNow = () => Promise.resolve([{scheduleId: 's1', scheduleName: 'SRE primary', timeZone: 'UTC', users: ['bob'],
            since: null, until: null, next: null}]);
        const {body} = await slash('oncall');
        expect(body).toEqual({response_type: 'ephemeral', text: expect.stringContaining('| SRE primary | @bob | no change planned | — |') as unknown});
    });
});

describe('/sre runbook', () => {
    it('lists the matches with their links, the stale one marked, ephemerally', async () => {
        const {body} = await slash('runbook Postgres');
        expect(body).toEqual({response_type: 'ephemeral', text: [
            '#### Runbooks matching "Postgres"',
            '* [Postgres failover](https://runbooks.example/failover) — postgres · cloud · @alice',
            '* [Postgres vacuum](https://chat.example/sre-toolkit/api/v1/runbooks/r2/content) — postgres · internal :warning: not reviewed for 90 days',
        ].join('\n')});
    });

    it('says when nothing matches, and asks for words when there are none', async () => {
        expect((await slash('runbook kubernetes')).body.text).toMatch(/^No runbook matches "kubernetes"\./);
        expect((await slash('runbook')).body.text).toMatch(/^Say what you look for[\s\S]*Usage: `\/sre runbook <words>`/);
    });
});

describe('/sre gameday', () => {
    const alice = {id: 'u-alice', username: 'alice', isSystemAdmin: false};

    it('starts a drill from any channel, keyed by the trigger so a retried command starts one', async () => {
        const first = await slash('gameday Kill the primary DB', {channel_id: 'town-square'});
        const again = await slash('gameday Kill the primary DB', {channel_id: 'town-square'});
        expect(first.body).toEqual({response_type: 'ephemeral', text: 'Started DRILL · incident 40: Gameday: Kill the primary DB, with you as commander. ' +
            'Join it in ~drill-2025-03-05-gameday.\nNobody real is paged: a page from its channel needs `/sre page <who> --real <message>`. ' +
            'When the team notices the fault, record it there with `/sre gameday detected <how>`.'});
        expect(again.body.text).toMatch(/^Already started DRILL · incident 40/);
        const [call] = h.incidents.calls;
        expect(call).toEqual({method: 'startGameday', args: [{teamId: 'team1', scenario: 'Kill the primary DB', idempotencyKey: expect.stringMatching(/^slash-[0-9a-f]{40}$/) as unknown}], actor: alice});
    });

    it('answers an empty scenario with usage, starting nothing', async () => {
        const {body} = await slash('gameday   ');
        expect(body.text).toBe('Say what the gameday breaks, like `gameday primary database failover`.\n\n' +
            'Usage: `/sre gameday <scenario> | gameday detected <how>`, for example `/sre gameday primary database failover`');
        expect(h.incidents.calls).toEqual([]);
    });

    it('records detection in a drill\'s channel', async () => {
        h.incidents.current = {...h.incidents.current, isDrill: true};
        const {body} = await slash('gameday detected The replica lag alert fired');
        expect(body.text).toBe('Recorded: the team detected the fault of DRILL · incident 7 after 0 s. It goes into the gameday report of the retrospective.');
        expect(h.incidents.calls).toEqual([{method: 'recordDetection', args: ['inc1', 'The replica lag alert fired'], actor: alice}]);
    });

    it('says when detection was recorded already', async () => {
        h.incidents.current = {...h.incidents.current, isDrill: true};
        h.incidents.failWith = 'detection was already recorded at 12:05 UTC by @bob: "Alert"';
        expect((await slash('gameday detected Again')).body.text).toBe('Detection was already recorded at 12:05 UTC by @bob: "Alert".');
    });

    it.each([['a real incident\'s channel', 'ch-inc'], ['a channel without incident', 'town-square']])('refuses detection in %s', async (_name, channel) => {
        const {body} = await slash('gameday detected The alert fired', {channel_id: channel});
        expect(body.text).toMatch(/^This is not a drill's channel: run `\/sre gameday detected <how>` in the channel of the gameday's drill\.\n\nUsage: `\/sre gameday/);
        expect(h.incidents.calls).toEqual([]);
    });

    it('marks the replies in a drill\'s channel DRILL', async () => {
        h.incidents.current = {...h.incidents.current, isDrill: true};
        expect((await slash('status identified')).body.text).toBe('The status of DRILL · incident 7 is now **identified**.');
    });
});
