import {Client4} from '@mattermost/client';
import type {DialogSubmission} from '@mattermost/types/integrations';
import {beforeAll, describe, expect, it, vi} from 'vitest';
import type {IncidentView, IncidentWithTimeline} from '../../server-ts/src/contract/incidents.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import {userRow} from '../sandbox/server/rows.ts';
import {openSocket, type WsMessage} from '../sandbox/server/test_support/harness.ts';
import type {Post} from '../sandbox/server/types.ts';
import type {Stack} from '../sandbox/stack.ts';
import {signedInClient, sreCommandRegistered, sreTeam, useStackOn, type SreTeam} from './support/stack_on.ts';

// The mobile path end to end: a user types /sre in the sandbox Mattermost (the real execute endpoint, the real
// Client4), Mattermost calls the companion, and the incident changes; dialogs and checklist buttons likewise.
const targets = await databaseTargets();

type OpenDialog = {trigger_id: string; url: string; dialog: {callback_id: string; state: string}};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('/sre through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Client4;
    let aliceToken: string;
    let team: SreTeam;
    beforeAll(async () => {
        stack = on.stack();
        ({client: alice, token: aliceToken} = await signedInClient(stack, 'alice'));
        await sreCommandRegistered(stack);
        team = sreTeam(stack, alice);
    });

    const state = () => stack.sandbox.state;
    const postsIn = (id: string): Post[] => state().postsOfChannel(id);
    const byChannel = async (id: string): Promise<{status: number; body: IncidentWithTimeline | null}> => {
        const res = await fetch(`${stack.url}/sre-toolkit/api/v1/incidents/by-channel/${id}`, {headers: {authorization: `Bearer ${aliceToken}`}});
        return {status: res.status, body: await res.json() as IncidentWithTimeline | null};
    };
    const incidentIn = async (id: string): Promise<IncidentView> => {
        const found = await byChannel(id);
        if (found.status !== 200 || found.body === null) {
            throw new Error(`no incident in channel ${id}: ${found.status}`);
        }
        return found.body.incident;
    };
    const incidentsTitled = async (title: string) => {
        const res = await fetch(`${stack.url}/sre-toolkit/api/v1/incidents?status=all`, {headers: {authorization: `Bearer ${aliceToken}`}});
        return (await res.json() as IncidentView[]).filter((i) => i.title === title);
    };
    const stepPosts = (where: string, step: string) => postsIn(where).filter((p) => p.props.sre_step === step);

    it('lists every subcommand with /sre help', async () => {
        const help = await team.sre(team.channelId('town-square'), 'help');
        for (const sub of ['declare', 'update', 'status', 'sev', 'role', 'resolve', 'reopen']) {
            expect(help).toContain(`/sre ${sub}`);
        }
    });

    it('declares at once and runs the whole lifecycle from the incident channel', async () => {
        const reply = await team.sre(team.channelId('cloud-support'), 'declare sev2 Database latency high');
        const incidentChannel = [...state().channels.values()].find((c) => c.name.includes('database-latency-high'));
        expect(incidentChannel).toBeDefined();
        const here = incidentChannel?.id ?? '';
        expect(reply).toContain(`~${incidentChannel?.name ?? ''}`);
        expect(await incidentIn(here)).toMatchObject({title: 'Database latency high', severity: 'sev2', status: 'investigating'});

        expect(await team.sre(here, 'update Failover done')).toContain('Status update posted');
        expect(stepPosts(here, 'status_update').map((p) => p.message).join()).toContain('Failover done');
        const broadcastOf = (step: string) => stepPosts(team.channelId('incidents'), step).filter((p) => p.message.includes(incidentChannel?.name ?? '?'));
        expect(broadcastOf('status_update_broadcast').map((p) => p.message).join()).toContain('Failover done');

        await team.sre(here, 'status monitoring');
        expect((await incidentIn(here)).status).toBe('monitoring');
        await team.sre(here, 'sev 1');
        expect((await incidentIn(here)).severity).toBe('sev1');
        expect(await team.sre(here, 'role scribe @erin')).toContain('@erin is now the scribe');
        expect((await incidentIn(here)).roles.scribe?.username).toBe('erin');

        await team.sre(here, 'resolve Replica lag fixed');
        expect(await incidentIn(here)).toMatchObject({status: 'resolved', resolutionSummary: 'Replica lag fixed', nextUpdateDueAt: null});
        expect(broadcastOf('resolved_broadcast').map((p) => p.message).join()).toContain('Replica lag fixed');
        await team.sre(here, 'reopen');
        expect((await incidentIn(here)).status).toBe('investigating');
        const {body} = await byChannel(here);
        expect(body?.timeline.map((e) => e.kind)).toEqual(['declared', 'status_update', 'status_changed', 'severity_changed', 'role_assigned',
            'resolved', 'reopened']);
    });

    it('names a role holder who is not in the team, and changes nothing', async () => {
        const outsider = userRow({username: 'frank', first_name: 'Frank', last_name: 'Outside', position: '', timezone: 'UTC'}, Date.now());
        state().users.set(outsider.id, outsider);
        await team.sre(team.channelId('cloud-support'), 'declare sev3 Grafana dashboards empty');
        const here = [...state().channels.values()].find((c) => c.name.includes('grafana-dashboards-empty'))?.id ?? '';
        expect(await team.sre(here, 'role communications @frank')).toContain('@frank is not a member of this team');
        expect((await incidentIn(here)).roles.communications).toBeNull();
    });

    it('answers incident commands outside an incident channel with a clear ephemeral message', async () => {
        const townSquare = team.channelId('town-square');
        const before = postsIn(townSquare).length;
        for (const line of ['update Failover done', 'status monitoring', 'sev 1', 'role scribe @erin', 'resolve Replica lag fixed', 'reopen']) {
            const reply = await alice.executeCommand(`/sre ${line}`, {channel_id: townSquare, team_id: team.teamId});
            expect(reply.response_type).toBe('ephemeral');
            expect(reply.text).toContain('No incident in this channel');
        }
        expect(postsIn(townSquare)).toHaveLength(before);
    });

    it('opens the declare dialog, refuses a bad title by field, and declares once however often it is submitted', async () => {
        const socket = openSocket(stack.sandbox, aliceToken);
        try {
            await vi.waitFor(() => expect(socket.events[0]?.event).toBe('hello'));
            expect(await team.sre(team.channelId('cloud-support'), 'declare')).toBe('');
            const opened = await vi.waitFor(() => {
                const event = socket.events.find((e: WsMessage) => e.event === 'open_dialog');
                expect(event).toBeDefined();
                return JSON.parse(String(event?.data?.dialog)) as OpenDialog;
            });
            const templates = await (await fetch(`${stack.url}/sre-toolkit/api/v1/templates`, {headers: {authorization: `Bearer ${aliceToken}`}}))
                .json() as {id: string; slug: string}[];
            const submission = (title: string): DialogSubmission => ({url: opened.url, callback_id: opened.dialog.callback_id,
                state: opened.dialog.state, channel_id: team.channelId('cloud-support'), team_id: team.teamId, user_id: '', cancelled: false,
                submission: {title, summary: '', template: templates.find((t) => t.slug === 'degraded-service')?.id ?? '', severity: 'sev2', commander: ''}});
            // Client4 rejects on a non-2xx answer; the field errors of a 200 answer are what a user sees.
            const submitWith = (title: string) => alice.submitInteractiveDialog(submission(title)).catch((e: unknown) => e);
            expect(await submitWith('   ')).toMatchObject({errors: {title: expect.stringMatching(/title/i) as unknown}});
            expect(await incidentsTitled('Checkout errors spiking')).toEqual([]);
            expect(await submitWith('Checkout errors spiking')).toEqual({});
            expect(await submitWith('Checkout errors spiking')).toEqual({});
            const found = await incidentsTitled('Checkout errors spiking');
            expect(found).toHaveLength(1);
            expect([...state().channels.values()].filter((c) => c.name.includes('checkout-errors-spiking'))).toHaveLength(1);
        } finally {
            socket.close();
        }
    });

    it('ticks a checklist step with a message button and from the sidebar, refreshing the checklist post both ways', async () => {
        await team.sre(team.channelId('cloud-support'), 'declare sev2 Object storage timeouts');
        const here = [...state().channels.values()].find((c) => c.name.includes('object-storage-timeouts'))?.id ?? '';
        const checklistPost = () => stepPosts(here, 'checklist_post')[0];
        const buttons = () => ((checklistPost()?.props.attachments ?? []) as {actions?: {id: string}[]}[]).flatMap((a) => a.actions ?? []).map((a) => a.id);
        expect(buttons().slice(0, 2)).toEqual(['tick0', 'tick1']);
        await alice.doPostAction(checklistPost()?.id ?? '', 'tick0');
        expect((await incidentIn(here)).checklist[0]?.doneBy).toBe('alice');
        expect(buttons()[0]).toBe('tick1');
        expect(checklistPost()?.message).toMatch(/1\. :white_check_mark: ~~/);

        const {id} = await incidentIn(here);
        const res = await fetch(`${stack.url}/sre-toolkit/api/v1/incidents/${id}/checklist/1`, {method: 'POST',
            headers: {authorization: `Bearer ${aliceToken}`, 'content-type': 'application/json'}, body: JSON.stringify({done: true})});
        expect(res.status).toBe(200);
        expect(buttons()[0]).toBe('tick2');
        expect(checklistPost()?.props).toMatchObject({sre_incident_id: id, sre_step: 'checklist_post'});
    });
});
