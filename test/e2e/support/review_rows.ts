import {incidentEvents, incidents, pages, retrospectives, triageEvents, triageItems} from '../../../server-ts/src/db/schema.ts';
import type {Database} from '../../../server-ts/src/db/database.ts';

// Six finished weeks of incidents, pages and triage requests for the SRE review, written straight into the companion's
// database with the instants the KPIs read (timeline milestones, acknowledgements, first decisions). The team's
// zone in the stack is UTC, so weeks start Monday 00:00 UTC.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// resolveMin null: still open.
type SeedIncident = {title: string; severity: 'sev1' | 'sev2' | 'sev3'; day: number; hour: number; ackMin: number; resolveMin: number | null;
    retro: 'on_time' | 'late' | 'missing'};
type SeedPage = {day: number; hour: number; to: string; ackMin: number | null};
type SeedRequest = {title: string; priority: 'p1' | 'p2' | 'p3'; category: 'reliability' | 'automation' | 'security' | 'documentation';
    day: number; triageHours: number | null};
type SeedWeek = {incidents: SeedIncident[]; pages: SeedPage[]; requests: SeedRequest[]};

/**
 * Oldest first; the last is the week before the current one. Days count from Monday (0), hours are UTC; working hours
 * are 08:00-20:00 on the paged person's clock (bob in London, erin in New York).
 */
export const REVIEW_WEEKS: SeedWeek[] = [
    {incidents: [
        {title: 'Checkout API 502s', severity: 'sev2', day: 1, hour: 10, ackMin: 4, resolveMin: 95, retro: 'on_time'},
        {title: 'Search indexing stalled', severity: 'sev3', day: 3, hour: 15, ackMin: 12, resolveMin: 240, retro: 'late'}],
    pages: [{day: 1, hour: 10, to: 'bob', ackMin: 4}, {day: 2, hour: 2, to: 'bob', ackMin: 9}, {day: 3, hour: 15, to: 'erin', ackMin: 12}],
    requests: [{title: 'Staging database is full', priority: 'p2', category: 'reliability', day: 0, triageHours: 20}]},
    {incidents: [{title: 'Elevated latency in eu-west-1', severity: 'sev2', day: 2, hour: 9, ackMin: 6, resolveMin: 70, retro: 'on_time'}],
        pages: [{day: 2, hour: 9, to: 'bob', ackMin: 6}, {day: 4, hour: 13, to: 'bob', ackMin: 3}],
        requests: [{title: 'Automate certificate renewal', priority: 'p3', category: 'automation', day: 1, triageHours: 30},
            {title: 'Runbook for Redis failover', priority: 'p3', category: 'documentation', day: 3, triageHours: 8}]},
    {incidents: [
        {title: 'Login page times out for EU tenants', severity: 'sev1', day: 0, hour: 9, ackMin: 3, resolveMin: 50, retro: 'on_time'},
        {title: 'Payment webhook backlog', severity: 'sev2', day: 2, hour: 14, ackMin: 9, resolveMin: 130, retro: 'on_time'},
        {title: 'Kafka consumer lag on orders', severity: 'sev3', day: 4, hour: 23, ackMin: 15, resolveMin: 300, retro: 'missing'}],
    pages: [{day: 0, hour: 9, to: 'bob', ackMin: 3}, {day: 1, hour: 1, to: 'bob', ackMin: 11}, {day: 2, hour: 14, to: 'erin', ackMin: 9},
        {day: 4, hour: 23, to: 'bob', ackMin: 15}, {day: 4, hour: 16, to: 'erin', ackMin: 5}],
    requests: [{title: 'Customer: login page times out', priority: 'p1', category: 'reliability', day: 0, triageHours: 9},
        {title: 'Rotate leaked API key', priority: 'p1', category: 'security', day: 2, triageHours: 1}]},
    {incidents: [], pages: [{day: 5, hour: 3, to: 'bob', ackMin: null}], requests: []},
    {incidents: [
        {title: 'CDN certificate expired on static assets', severity: 'sev1', day: 1, hour: 7, ackMin: 2, resolveMin: 40, retro: 'on_time'},
        {title: 'DNS resolution failures in staging', severity: 'sev3', day: 3, hour: 16, ackMin: 20, resolveMin: 180, retro: 'late'}],
    pages: [{day: 1, hour: 7, to: 'bob', ackMin: 2}, {day: 2, hour: 22, to: 'bob', ackMin: 7}, {day: 3, hour: 16, to: 'erin', ackMin: 20}],
    requests: [{title: 'Grafana dashboard for checkout', priority: 'p3', category: 'automation', day: 2, triageHours: 4}]},
    {incidents: [
        {title: 'Checkout API 502s after deploy', severity: 'sev1', day: 1, hour: 9, ackMin: 4, resolveMin: 65, retro: 'on_time'},
        {title: 'Database failover took too long', severity: 'sev2', day: 3, hour: 12, ackMin: 6, resolveMin: 110, retro: 'missing'}],
    pages: [{day: 1, hour: 9, to: 'bob', ackMin: 4}, {day: 2, hour: 3, to: 'bob', ackMin: 6}, {day: 3, hour: 12, to: 'erin', ackMin: 6},
        {day: 4, hour: 21, to: 'bob', ackMin: 8}],
    requests: [{title: 'Customer: exports fail for large tenants', priority: 'p1', category: 'reliability', day: 1, triageHours: 6},
        {title: 'Document the on-call hand-off', priority: 'p3', category: 'documentation', day: 3, triageHours: 2}]},
];

/** The running week, all of it at the middle of what has passed (days and hours unused): an open incident, a new request. */
export const RUNNING_WEEK: SeedWeek = {
    incidents: [{title: 'Elevated 5xx on the public API', severity: 'sev2', day: 0, hour: 0, ackMin: 5, resolveMin: null, retro: 'missing'}],
    pages: [{day: 0, hour: 0, to: 'bob', ackMin: 5}, {day: 0, hour: 0, to: 'erin', ackMin: null}],
    requests: [{title: 'Customer: API returns 503 under load', priority: 'p2', category: 'reliability', day: 0, triageHours: null}],
};

/** Monday 00:00 UTC of the week holding `now`. */
export function mondayOf(now: Date): Date {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return new Date(midnight - ((now.getUTCDay() + 6) % 7) * DAY_MS);
}

/** An incident channel for the seeded incident: made in Mattermost by the sandbox, as a declaration would. */
export type MakeChannel = (name: string, displayName: string) => Promise<string>;

/** Writes REVIEW_WEEKS into the weeks just before `now`'s, the last of them the week before, and RUNNING_WEEK into `now`'s. */
export async function seedReviewWeeks(db: Database, now: Date, makeChannel: MakeChannel): Promise<void> {
    const thisMonday = mondayOf(now).getTime();
    for (const [i, week] of REVIEW_WEEKS.entries()) {
        const monday = thisMonday - (REVIEW_WEEKS.length - i) * 7 * DAY_MS;
        await seedWeek(db, week, (day, hour) => new Date(monday + day * DAY_MS + hour * HOUR_MS), makeChannel);
    }
    // Whenever the suite runs, even minutes after Monday 00:00, this instant is inside the running week and past.
    const middle = new Date(thisMonday + (now.getTime() - thisMonday) / 2);
    await seedWeek(db, RUNNING_WEEK, () => middle, makeChannel);
}

async function seedWeek(db: Database, week: SeedWeek, at: (day: number, hour: number) => Date, makeChannel: MakeChannel): Promise<void> {
    for (const incident of week.incidents) {
        await seedIncident(db, incident, at(incident.day, incident.hour), makeChannel);
    }
    for (const page of week.pages) {
        await seedPage(db, page, at(page.day, page.hour));
    }
    for (const request of week.requests) {
        await seedRequest(db, request, at(request.day, 10));
    }
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

async function seedIncident(db: Database, seed: SeedIncident, declaredAt: Date, makeChannel: MakeChannel): Promise<void> {
    const later = (minutes: number) => new Date(declaredAt.getTime() + minutes * MINUTE_MS);
    const channelName = `incident-${slug(seed.title)}`;
    const channelId = await makeChannel(channelName, seed.title);
    const {resolveMin} = seed;
    const [row] = await db.insert(incidents).values({title: seed.title, severity: seed.severity, channelId, channelName, declaredAt,
        ...(resolveMin === null ? {} : {status: 'resolved', resolvedAt: later(resolveMin), resolutionSummary: 'Fixed and watched'})})
        .returning({id: incidents.id});
    if (!row) {
        throw new Error(`could not seed incident ${seed.title}`);
    }
    await db.insert(incidentEvents).values([
        {incidentId: row.id, kind: 'declared', at: declaredAt},
        {incidentId: row.id, kind: 'page_sent', at: later(1)},
        {incidentId: row.id, kind: 'page_acknowledged', at: later(1 + seed.ackMin)},
        ...(resolveMin === null ? [] : [
            {incidentId: row.id, kind: 'status_changed', at: later(Math.round(resolveMin * 0.6)), data: {from: 'identified', to: 'monitoring'}},
            {incidentId: row.id, kind: 'resolved', at: later(resolveMin)}]),
    ]);
    if (resolveMin !== null && seed.retro !== 'missing') {
        // Opened on the resolution (its deadline counts from there); published within the reminder's business days, or
        // a fortnight later.
        const publishedAt = later(resolveMin + (seed.retro === 'on_time' ? 24 * 60 : 14 * 24 * 60));
        await db.insert(retrospectives).values({incidentId: row.id, status: 'published', summary: 'What happened',
            createdAt: later(resolveMin), publishedAt});
    }
}

async function seedPage(db: Database, seed: SeedPage, createdAt: Date): Promise<void> {
    const acknowledgedAt = seed.ackMin === null ? null : new Date(createdAt.getTime() + seed.ackMin * MINUTE_MS);
    await db.insert(pages).values({message: 'Checkout errors above 5%', target: {kind: 'user', username: seed.to, name: `@${seed.to}`},
        policy: {steps: [{notify: {users: [seed.to]}, waitMinutes: 5}], repeat: 0}, notified: [seed.to],
        status: acknowledgedAt ? 'acknowledged' : 'exhausted', createdById: 'alice', createdByUsername: 'alice',
        acknowledgedAt, acknowledgedByUsername: acknowledgedAt ? seed.to : null, createdAt, stepStartedAt: createdAt});
}

async function seedRequest(db: Database, seed: SeedRequest, createdAt: Date): Promise<void> {
    const decidedAt = seed.triageHours === null ? null : new Date(createdAt.getTime() + seed.triageHours * HOUR_MS);
    const [row] = await db.insert(triageItems).values({title: seed.title, priority: seed.priority, category: seed.category,
        status: decidedAt ? 'accepted' : 'new', requesterUsername: 'dave', createdAt, triagedAt: decidedAt, updatedAt: decidedAt ?? createdAt})
        .returning({id: triageItems.id});
    if (!row) {
        throw new Error(`could not seed request ${seed.title}`);
    }
    await db.insert(triageEvents).values([
        {requestId: row.id, kind: 'created', at: createdAt, data: {priority: seed.priority}},
        ...(decidedAt ? [{requestId: row.id, kind: 'accepted', at: decidedAt, data: {}}] : []),
    ]);
}
