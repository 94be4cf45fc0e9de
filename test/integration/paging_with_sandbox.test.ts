import {Client4} from '@mattermost/client';
import {beforeAll, describe, expect, it} from 'vitest';
import type {IncidentView, IncidentWithTimeline} from '../../server-ts/src/contract/incidents.ts';
import type {PageView} from '../../server-ts/src/contract/paging.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import type {Post} from '../sandbox/server/types.ts';
import type {Stack} from '../sandbox/stack.ts';
import {signedInClient, sreCommandRegistered, sreTeam, useStackOn, type SreTeam} from './support/stack_on.ts';
import {apiAs, type Api} from './support/api.ts';

// Issue 7, paging: alice pages bob from an incident channel with /sre page (the real Client4 and execute endpoint),
// bob gets a DM from the bot with Acknowledge / Escalate now, presses Acknowledge (the sandbox runs the post
// action against the companion), and the incident's timeline shows the page and the time to acknowledge.
const targets = await databaseTargets();

type Button = {id: string; name: string};
const buttonsOf = (post: Post | undefined): string[] =>
    ((post?.props.attachments ?? []) as {actions?: Button[]}[]).flatMap((a) => a.actions ?? []).map((b) => b.id);

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('paging through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Client4;
    let bob: Client4;
    let aliceApi: Api;
    let team: SreTeam;
    beforeAll(async () => {
        stack = on.stack();
        const signedIn = await signedInClient(stack, 'alice');
        alice = signedIn.client;
        aliceApi = apiAs(stack, signedIn.token);
        bob = (await signedInClient(stack, 'bob')).client;
        await sreCommandRegistered(stack);
        team = sreTeam(stack, alice);
    });

    const state = () => stack.sandbox.state;
    const page = async (id: string) => (await aliceApi('GET', `/pages/${id}`)).body as PageView;

    it('pages bob from an incident channel; his Acknowledge lands on the incident timeline with the time to acknowledge', async () => {
        await team.sre(team.channelId('cloud-support'), 'declare sev2 Checkout errors at 20%');
        const [incident] = ((await aliceApi('GET', '/incidents?status=all')).body as IncidentView[]).filter((i) => i.title === 'Checkout errors at 20%');
        const incidentChannel = incident?.channelId ?? '';
        expect(incidentChannel).not.toBe('');

        expect(await team.sre(incidentChannel, 'page @bob Checkout errors at 20% and rising')).toMatch(/^Page #(\d+) for incident #\d+ sent to @bob \(@bob\)/);
        const [open] = (await aliceApi('GET', '/pages')).body as PageView[];
        expect(open).toMatchObject({status: 'paging', notified: ['bob'], incidentId: incident?.id, createdBy: 'alice'});

        const [dm] = team.dmsOf('bob');
        expect(dm?.user_id).toBe(stack.sandbox.botUserId);
        expect(dm?.message).toMatch(/^:rotating_light: \*\*Page #\d+\*\* from @alice \(@bob · incident #\d+ Checkout errors at 20%\)/);
        expect(buttonsOf(dm)).toEqual(['pageack', 'pageescalate']);
        // Bob sees it with his own client, as the mobile app would.
        const seen = await bob.getPosts(dm?.channel_id ?? '');
        expect(seen.order).toContain(dm?.id);

        await bob.doPostAction(dm?.id ?? '', 'pageack');
        const acked = await page(open?.id ?? '');
        expect(acked).toMatchObject({status: 'acknowledged', acknowledgedBy: 'bob'});
        expect(acked.mttaSeconds).toBeGreaterThanOrEqual(0);
        const updated = state().posts.get(dm?.id ?? '');
        expect(updated?.message).toMatch(/\nAcknowledged by @bob after \d+ s\.$/);
        expect(buttonsOf(updated)).toEqual([]);

        const res = await fetch(`${stack.url}/sre-toolkit/api/v1/incidents/by-channel/${incidentChannel}`, {headers: {authorization: `Bearer ${(await stack.sandbox.login('alice')).token}`}});
        const timeline = ((await res.json()) as IncidentWithTimeline).timeline.map((e) => e.text);
        expect(timeline).toEqual(expect.arrayContaining([`Paged @bob (page #${acked.number}, @bob)`,
            `@bob acknowledged page #${acked.number} (time to acknowledge ${acked.mttaSeconds ?? '?'} s)`]));
        // postsOfChannel lists newest first, as Mattermost does.
        const notes = state().postsOfChannel(incidentChannel).filter((p) => p.props.sre_page_id === acked.id).map((p) => p.message).reverse();
        expect(notes).toEqual([expect.stringMatching(/^:rotating_light: Paged @bob/), expect.stringMatching(/^:white_check_mark: Page #\d+: Acknowledged by @bob/)]);
    });

    it('escalates a page from the sidebar\'s API to its last round, then alerts ~cloud-sre-team loudly', async () => {
        const created = await aliceApi('POST', '/pages', {target: {kind: 'user', username: 'erin'}, message: 'Backups failing'});
        expect(created.status).toBe(201);
        const {id} = created.body as PageView;
        // The default policy: one step, PAGE_REPEAT (2) more rounds.
        for (const round of [1, 2]) {
            expect((await aliceApi('POST', `/pages/${id}/escalate`)).body).toMatchObject({status: 'paging', round});
        }
        expect((await aliceApi('POST', `/pages/${id}/escalate`)).body).toMatchObject({status: 'exhausted'});
        expect(team.dmsOf('erin')).toHaveLength(3);
        const alerts = state().postsOfChannel(team.channelId('cloud-sre-team')).filter((p) => p.props.sre_page_id === id);
        expect(alerts.map((p) => p.message)).toEqual([expect.stringMatching(/^@channel :rotating_light: \*\*Nobody acknowledged page #\d+\*\*/)]);
        expect(buttonsOf(alerts[0])).toEqual(['pageack']);
        // Any SRE in the channel can still take it from the alert.
        await bob.doPostAction(alerts[0]?.id ?? '', 'pageack');
        expect(await page(id)).toMatchObject({status: 'acknowledged', acknowledgedBy: 'bob'});
        expect(team.dmsOf('erin').map((p) => p.message.split('\n').at(-1))).toEqual(Array.from({length: 3}, (): unknown => expect.stringMatching(/^Acknowledged by @bob after/)));
    });
});
