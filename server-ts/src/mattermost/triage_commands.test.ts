import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {dialogProblems, interactionHarness, triageRequest, type Harness} from '../test_support/fake_interactions.js';
import {COMMAND_PATH} from './interaction_paths.js';
import {REQUEST_CALLBACK, TRIAGE_CALLBACK} from './triage_dialogs.js';

let h: Harness;
beforeEach(async () => {
    h = await interactionHarness();
});
afterEach(() => h.app.close());

async function slash(text: string, userId = 'u-alice', triggerId = 'trig-1') {
    const form = new URLSearchParams({token: 'cmd-token', team_id: 'team1', channel_id: 'ch-town', user_id: userId, trigger_id: triggerId, text});
    const res = await h.app.inject({method: 'POST', url: COMMAND_PATH, payload: form.toString(),
        headers: {'content-type': 'application/x-www-form-urlencoded'}});
    return {status: res.statusCode, body: res.json<{response_type: string; text: string}>()};
}

describe('/sre request', () => {
    it('files a request as the caller, title from the first sentence, and answers with its number', async () => {
        const {status, body} = await slash('request Rotate the staging certs. They expire Friday.', 'u-stranger');
        expect(status).toBe(200);
        expect(body).toEqual({response_type: 'ephemeral', text: 'Requested #20 (new, P3, Automation): Rotate the staging certs.'});
        expect(h.triage.calls).toEqual([{method: 'create', args: [{idempotencyKey: expect.stringMatching(/^slash-[0-9a-f]{40}$/) as unknown,
            title: 'Rotate the staging certs.', description: 'They expire Friday.'}], actor: {id: 'u-stranger', username: 'user-u-stranger', isSystemAdmin: false}}]);
    });

    it('maps a retried command (same trigger id) to the same request', async () => {
        await slash('request Bump node to 22');
        const again = await slash('request Bump node to 22');
        expect(again.body.text).toMatch(/^Already requested #20 /);
        expect(h.triage.requests).toHaveLength(1);
    });

    it('lists field errors and saves nothing', async () => {
        h.triage.failWith = {title: 'the title is 201 characters: keep it to 200', _: 'Mattermost did not answer: try again in a moment'};
        const {body} = await slash('request x');
        expect(body.text).toBe('Nothing was requested:\n* title: the title is 201 characters: keep it to 200\n* Mattermost did not answer: try again in a moment');
    });

    it('without text opens the request dialog with signed state', async () => {
        const {body} = await slash('request');
        expect(body).toEqual({response_type: 'ephemeral', text: ''});
        const opened = h.bot.dialogs[0];
        expect(opened).toMatchObject({trigger_id: 'trig-1', url: 'http://companion.test/sre-toolkit/mattermost/dialog', dialog: {callback_id: REQUEST_CALLBACK}});
        expect(dialogProblems(opened?.dialog ?? {callback_id: '', title: '', elements: [], submit_label: '', state: ''})).toEqual([]);
        expect(opened?.dialog.elements.map((e) => e.name)).toEqual(['title', 'description', 'category', 'priority']);
        expect(opened?.dialog.state).toMatch(/^[\w-]+\.[\w-]+$/);
    });
});

describe('/sre queue', () => {
    it('shows the open requests, most urgent first, with age and SLA marker', async () => {
        h.triage.requests.push(triageRequest({id: 'a', number: 3, title: 'Docs | stale', priority: 'p3'}),
            triageRequest({id: 'b', number: 4, title: 'Prod down', priority: 'p1', createdAt: '2025-03-05T06:00:00.000Z', slaBreaches: ['untriaged_p1']}),
            triageRequest({id: 'c', number: 5, title: 'Old', status: 'done'}));
        const {body} = await slash('queue');
        expect(body.text).toBe(['#### Triage queue (2 open)', '', '| # | Priority | Age | Title | Status | SLA |', '|---|---|---|---|---|---|',
            '| 4 | P1 | 6h | Prod down | new | :warning: SLA |', '| 3 | P3 | 3h | Docs \\| stale | new |  |'].join('\n'));
    });

    it('keeps to ten rows and says how many more', async () => {
        for (let n = 0; n < 12; n++) {
            h.triage.requests.push(triageRequest({id: `r${n}`, number: n}));
        }
        const {body} = await slash('queue');
        expect(body.text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| #'))).toHaveLength(10);
        expect(body.text).toMatch(/2 more in the SRE Toolkit sidebar\.$/);
    });

    it('says when the queue is empty', async () => {
        expect((await slash('queue')).body.text).toBe('The triage queue is empty.');
    });
});

describe('/sre triage', () => {
    it('opens the next new request for an SRE, with the suggestion and why', async () => {
        h.triage.requests.push(triageRequest({id: 'later', number: 13, priority: 'p4'}), triageRequest({status: 'accepted', id: 'x', priority: 'p1'}), triageRequest());
        const {body} = await slash('triage');
        expect(body.text).toBe('');
        const dialog = h.bot.dialogs[0]?.dialog;
        expect(dialog).toMatchObject({callback_id: TRIAGE_CALLBACK, title: 'Triage #12'});
        expect(dialog?.introduction_text).toContain('Requested by @carol 3h ago');
        expect(dialog?.introduction_text).toContain('Suggested: Automation (because of "automate"), P3 (no keyword matched)');
        expect(dialog?.elements.map((e) => e.name)).toEqual(['decision', 'priority', 'category', 'area', 'owner', 'reason', 'duplicate_of']);
        expect(dialogProblems(dialog ?? {callback_id: '', title: '', elements: [], submit_label: '', state: ''})).toEqual([]);
    });

    it('refuses a non-SRE without opening anything', async () => {
        h.triage.requests.push(triageRequest());
        expect((await slash('triage', 'u-stranger')).body.text).toMatch(/^Only SREs triage requests/);
        expect(h.bot.dialogs).toEqual([]);
    });

    it('says when nothing is left to triage', async () => {
        expect((await slash('triage')).body.text).toBe('Nothing to triage: every request has been decided.');
    });
});
