import {eq} from 'drizzle-orm';
import {beforeAll, describe, expect, it} from 'vitest';
import type {IncidentView} from '../../server-ts/src/contract/incidents.ts';
import type {RitualBody, RitualList, RitualProblem, RitualView} from '../../server-ts/src/contract/rituals.ts';
import {rituals} from '../../server-ts/src/db/schema.ts';
import {RITUAL_AGENDAS} from '../../server-ts/src/jobs/ritual_agendas.ts';
import {databaseTargets, type DatabaseTarget} from '../../server-ts/src/test_support/databases.ts';
import type {Post} from '../sandbox/server/types.ts';
import type {Stack} from '../sandbox/stack.ts';
import {useStackOn} from './support/stack_on.ts';
import {apiAs, type Api} from './support/api.ts';

// Rituals through the sandbox's proxy as the webapp calls them: the handbook's four, an SRE's edit, the agenda the
// real job and bot post to ~cloud-sre-team (built from an incident resolved just before), and the iCal feed, on each database.
const targets = await databaseTargets();
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const HANDBOOK = ['Incident Review & Knowledge share', 'Triage & Planning', 'Cloud & Growth Sync', 'Chaos Gameday'];

// A PUT replaces every field: the view's own, with some changed.
const bodyOf = (view: RitualView, change: Partial<RitualBody> = {}): RitualBody => ({name: view.name, timeZone: view.timeZone,
    cadence: view.cadence, channelName: view.channelName, leadMinutes: view.leadMinutes, attendees: view.attendees, agenda: view.agenda,
    notes: view.notes, ...change});

// Weekly at a UTC wall-clock start ten minutes from now (whole minutes, as cadences are): with 15 minutes' lead, its
// agenda's post time was about five minutes ago.
function startingSoon(): {startsAt: Date; cadence: RitualBody['cadence']} {
    const startsAt = new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS + 10 * MINUTE_MS);
    const time = startsAt.toISOString().slice(11, 16);
    return {startsAt, cadence: {kind: 'weekly', weekday: startsAt.getUTCDay() === 0 ? 7 : startsAt.getUTCDay(), time}};
}

// RFC 5545 folds long lines: a CRLF and a space inside a value.
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('rituals through the sandbox on %s', (_name, target) => {
    const on = useStackOn(target);
    let stack: Stack;
    let alice: Api;
    let dave: Api;
    let teamId: string;
    beforeAll(async () => {
        stack = on.stack();
        alice = apiAs(stack, (await stack.sandbox.login('alice')).token);
        dave = apiAs(stack, (await stack.sandbox.login('dave')).token);
        teamId = stack.sandbox.state.teamByName('sre')?.id ?? '';
    });

    const state = () => stack.sandbox.state;
    const list = async () => (await alice('GET', '/rituals')).body as RitualList;
    const review = async () => {
        const found = (await list()).rituals.find((r) => r.slug === 'incident-review');
        if (found === undefined) {
            throw new Error('the incident-review ritual was not seeded');
        }
        return found;
    };
    const agendasOf = (ritualId: string): Post[] => {
        const channelId = state().channelByName(teamId, 'cloud-sre-team')?.id ?? '';
        return state().postsOfChannel(channelId).filter((p) => p.props.sre_step === 'ritual_agenda' && p.props.sre_ritual_id === ritualId);
    };
    // The companion's own sweep job, by a key of its own (the queue keeps one job a key), run to completion.
    const sweep = async (key: string) => {
        const {boss} = stack.companion;
        const id = await boss.send(RITUAL_AGENDAS, {}, {singletonKey: key});
        await expect.poll(async () => (await boss.getJobById(RITUAL_AGENDAS, id ?? ''))?.state, {timeout: 20_000}).toBe('completed');
    };
    const resolvedIncident = async (title: string): Promise<IncidentView> => {
        const templates = (await alice('GET', '/templates')).body as {id: string; slug: string}[];
        const declared = await alice('POST', '/incidents', {idempotencyKey: `ritual-${String(Math.random()).slice(2)}`, teamId,
            templateId: templates.find((t) => t.slug === 'cloud-outage')?.id, title, severity: 'sev2'});
        expect(declared.status).toBe(201);
        const {id} = declared.body as IncidentView;
        const resolved = await alice('POST', `/incidents/${id}/resolve`, {summary: 'Rolled back the bad deploy'});
        expect(resolved.status).toBe(200);
        return resolved.body as IncidentView;
    };

    it('lists the four handbook rituals, each with its next starts, and a feed link', async () => {
        const {rituals: listed, calendarUrl} = await list();
        expect(listed.map((r) => r.name)).toEqual(expect.arrayContaining(HANDBOOK));
        expect(listed).toHaveLength(4);
        for (const ritual of listed) {
            expect(ritual).toMatchObject({channelName: 'cloud-sre-team', isActive: true, lastRun: null});
            expect(ritual.nextOccurrences).toHaveLength(3);
        }
        expect(calendarUrl).toMatch(new RegExp(`^${stack.url}/sre-toolkit/calendar/rituals/[^/]+\\.ics$`));
    });

    it('posts the incident review\'s agenda once, built from the incident resolved before it, when its post time has come', async () => {
        const incident = await resolvedIncident('Checkout latency over 2 s');
        const before = await review();
        const {startsAt, cadence} = startingSoon();
        const edited = await alice('PUT', `/rituals/${before.id}`, bodyOf(before, {timeZone: 'UTC', cadence, leadMinutes: 15, notes: 'Bring coffee'}));
        expect(edited.status).toBe(200);
        expect((edited.body as RitualView).nextOccurrences[0]).toBe(startsAt.toISOString());
        // The sweep looks back no further than the ritual's last edit: make that an hour ago, so the post time is owed.
        await stack.companion.db.update(rituals).set({createdAt: new Date(Date.now() - HOUR_MS), updatedAt: new Date(Date.now() - HOUR_MS)})
            .where(eq(rituals.id, before.id));

        await sweep('test-sweep');
        const posted = agendasOf(before.id);
        expect(posted).toHaveLength(1);
        const [agenda] = posted;
        expect(agenda?.user_id).toBe(stack.sandbox.botUserId);
        expect(agenda?.props.sre_occurrence_at).toBe(startsAt.toISOString());
        const text = agenda?.message ?? '';
        expect(text).toMatch(/^#### :calendar: Agenda: Incident Review & Knowledge share\n/);
        expect(text).not.toContain('Posted late');
        expect(text).toContain('**Attendees:** Cloud leadership, SRE, Release');
        expect(text).toContain('> Bring coffee');
        expect(text).toContain(`SEV2 #${incident.number} Checkout latency over 2 s ~${incident.channelName}`);
        expect(text).toContain(`[retrospective in draft](${stack.url}/sre-toolkit/api/v1/incidents/${incident.id}/retrospective.md)`);
        expect(text).toContain('None: every follow-up is on time.');

        // Another sweep, and the every-minute one meanwhile, find it claimed: still one post.
        await sweep('test-sweep-again');
        expect(agendasOf(before.id)).toHaveLength(1);
        expect((await review()).lastRun).toMatchObject({occurrenceAt: startsAt.toISOString(), late: false, postId: agenda?.id});
    });

    it('refuses a non-SRE\'s edit with 403, and a bad cadence with 400 naming it, changing nothing', async () => {
        const before = await review();
        const forbidden = await dave('PUT', `/rituals/${before.id}`, bodyOf(before, {notes: 'dave was here'}));
        expect(forbidden.status).toBe(403);
        const bad = await alice('PUT', `/rituals/${before.id}`, bodyOf(before, {cadence: {kind: 'fortnightly', weekday: 9, time: '25:00'}, notes: 'half-saved?'}));
        expect(bad.status).toBe(400);
        expect(Object.keys((bad.body as RitualProblem).fields)).toEqual(['cadence']);
        const after = await review();
        expect(after).toEqual(before);
    });

    it('serves the feed of every active ritual as text/calendar without a session', async () => {
        const {calendarUrl} = await list();
        const res = await fetch(calendarUrl);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
        const ics = unfolded(await res.text());
        expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
        for (const name of HANDBOOK) {
            expect(ics).toContain(`SUMMARY:${name}`);
        }
        const wrongToken = await fetch(calendarUrl.replace(/[^/]+\.ics$/, 'not-the-token.ics'));
        expect(wrongToken.status).toBe(404);
    });
});
