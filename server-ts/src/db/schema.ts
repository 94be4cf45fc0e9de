import {sql} from 'drizzle-orm';
import {boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, index, uniqueIndex} from 'drizzle-orm/pg-core';
import type {ChecklistItem, ChecklistStep, UpdateIntervals} from '../contract/incidents.js';
import type {Layer, Override} from '../contract/schedules.js';
import type {IncidentSubject} from '../domain/incident_posts.js';
import type {Policy, PolicyStep} from '../domain/paging_policy.js';
import {RITUAL_AGENDAS} from '../domain/ritual_seeds.js';

// What the declaration steps post and set, kept so a retry (another instance, after a restart) posts the same.
export type StoredDeclaration = {
    subject: IncidentSubject;
    displayName: string;
    header: string;
    purpose: string;
    firstPost: string;
    memberUsernames: string[];
    broadcastChannels: string[];
    // Where the thread reply goes, when declared from a message.
    source: {channelId: string; rootId: string} | null;
};

export type ScheduleDefinition = {layers: Layer[]; overrides: Override[]};
// A page's target as raised, with the name it had then (a schedule or policy may be renamed later).
export type StoredPageTarget = ({kind: 'schedule'; scheduleId: string} | {kind: 'user'; username: string} | {kind: 'policy'; policyId: string}) & {name: string};

// Every instant is timestamptz: rotations and rituals carry their own IANA zone for wall-clock maths.
const instant = (name: string) => timestamp(name, {withTimezone: true, mode: 'date'});
const createdAt = () => instant('created_at').notNull().defaultNow();
// Whether a row's incident (incident_id) is a drill, which the KPIs leave out: kept by the database (trigger
// sre_of_drill, migration 0017) so they need not look each incident up; never written by the companion.
const ofDrill = () => boolean('of_drill').notNull().default(false);

// Incident channel templates; seeded from assets/templates/ (by slug) and then edited by SREs.
export const templates = pgTable('templates', {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    tier: text('tier', {enum: ['cloud', 'community', 'internal']}).notNull(),
    channelNamePattern: text('channel_name_pattern').notNull(),
    isPrivate: boolean('is_private').notNull().default(false),
    headerPattern: text('header_pattern').notNull().default(''),
    purposePattern: text('purpose_pattern').notNull().default(''),
    firstPost: text('first_post').notNull().default(''),
    defaultMembers: jsonb('default_members').$type<string[]>().notNull().default([]),
    broadcastChannels: jsonb('broadcast_channels').$type<string[]>().notNull().default([]),
    checklist: jsonb('checklist').$type<ChecklistStep[]>().notNull().default([]),
    updateIntervalMinutes: jsonb('update_interval_minutes').$type<UpdateIntervals>().notNull(),
    isDrill: boolean('is_drill').notNull().default(false),
    isArchived: boolean('is_archived').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const incidents = pgTable('incidents', {
    id: uuid('id').primaryKey().defaultRandom(),
    // Human-facing number ("incident #42"); identity keeps it unique across instances. By default, not
    // always: a declaration takes its number first, because the channel name pattern may contain {number}.
    number: integer('number').generatedByDefaultAsIdentity().unique().notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    severity: text('severity', {enum: ['sev1', 'sev2', 'sev3', 'sev4']}).notNull(),
    status: text('status', {enum: ['investigating', 'identified', 'monitoring', 'resolved']}).notNull().default('investigating'),
    templateId: uuid('template_id').references(() => templates.id),
    teamId: text('team_id').notNull().default(''),
    channelId: text('channel_id'),
    // Chosen before the channel exists (unique per team among incidents), so a retry creates the same one.
    channelName: text('channel_name').notNull().default(''),
    isPrivate: boolean('is_private').notNull().default(false),
    isDrill: boolean('is_drill').notNull().default(false),
    // What a chaos gameday injects (set by /sre gameday); null for every real incident.
    drillScenario: text('drill_scenario'),
    commanderId: text('commander_id'),
    commanderUsername: text('commander_username'),
    communicationsId: text('communications_id'),
    communicationsUsername: text('communications_username'),
    scribeId: text('scribe_id'),
    scribeUsername: text('scribe_username'),
    declaredById: text('declared_by_id').notNull().default(''),
    declaredByUsername: text('declared_by_username').notNull().default(''),
    // The client's key for one declaration: a replay finds this row instead of making a second.
    idempotencyKey: text('idempotency_key').unique(),
    sourcePostId: text('source_post_id'),
    nextUpdateDueAt: instant('next_update_due_at'),
    // The deadline whose reminder was already posted: two instances (or a retry) post it once.
    reminderClaimedFor: instant('reminder_claimed_for'),
    updateIntervalMinutes: jsonb('update_interval_minutes').$type<UpdateIntervals>(),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull().default([]),
    // Declaration steps not yet done in Mattermost, in order; results (post ids) of the finished ones.
    declaration: jsonb('declaration').$type<StoredDeclaration>(),
    pendingSteps: jsonb('pending_steps').$type<string[]>().notNull().default([]),
    stepResults: jsonb('step_results').$type<Record<string, string>>().notNull().default({}),
    resolutionSummary: text('resolution_summary'),
    declaredAt: instant('declared_at').notNull().defaultNow(),
    resolvedAt: instant('resolved_at'),
    // The first instant of each timeline milestone the KPIs read, kept by the database (trigger
    // incident_events_milestones, migration 0015) as events come in: never written by the companion.
    firstPageSentAt: instant('first_page_sent_at'),
    firstPageAcknowledgedAt: instant('first_page_acknowledged_at'),
    firstMonitoringAt: instant('first_monitoring_at'),
    firstResolvedAt: instant('first_resolved_at'),
    createdAt: createdAt(),
}, (t) => [
    index('incidents_active_idx').on(t.status, t.declaredAt),
    // KPIs and reviews read incidents by when they were declared, whatever their status.
    index('incidents_declared_idx').on(t.declaredAt),
    // KPIs: the incidents resolved in a range that have no retrospective.
    index('incidents_resolved_idx').on(t.resolvedAt),
    index('incidents_channel_idx').on(t.channelId),
    uniqueIndex('incidents_team_channel_name_idx').on(t.teamId, t.channelName).where(sql`${t.channelName} <> ''`),
]);

export const incidentEvents = pgTable('incident_events', {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, {onDelete: 'cascade'}),
    kind: text('kind').notNull(),
    actorId: text('actor_id'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    at: instant('at').notNull().defaultNow(),
}, (t) => [
    index('incident_events_incident_idx').on(t.incidentId, t.at),
]);

// Requests to the SRE team (domain/triage_request.ts); status and the fields are checked by the domain, not here.
export const triageItems = pgTable('triage_items', {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().unique().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', {enum: ['new', 'accepted', 'in_progress', 'done', 'declined', 'duplicate']}).notNull().default('new'),
    priority: text('priority', {enum: ['p1', 'p2', 'p3', 'p4']}).notNull().default('p3'),
    category: text('category', {enum: ['reliability', 'availability_cost', 'automation', 'security', 'documentation', 'ktlo']}).notNull().default('ktlo'),
    area: text('area', {enum: ['cloud', 'community', 'internal_platform']}),
    ownerId: text('owner_id'),
    ownerUsername: text('owner_username'),
    requesterId: text('requester_id'),
    requesterUsername: text('requester_username').notNull().default(''),
    quarter: text('quarter'),
    labels: jsonb('labels').$type<string[]>().notNull().default([]),
    // One request per message: sending the same message again finds this row.
    sourcePostId: text('source_post_id'),
    sourceChannelId: text('source_channel_id'),
    // The thread a bot reply goes to (Mattermost refuses a reply whose root is itself a reply).
    sourceRootId: text('source_root_id'),
    duplicateOf: uuid('duplicate_of'),
    declineReason: text('decline_reason'),
    // A retrospective's follow-up: the incident it came from, and when it is due (linked both ways).
    incidentId: uuid('incident_id').references(() => incidents.id, {onDelete: 'set null'}),
    dueAt: instant('due_at'),
    ofDrill: ofDrill(),
    // The client's key for one creation: a replay finds this row instead of making a second.
    idempotencyKey: text('idempotency_key').unique(),
    createdAt: createdAt(),
    triagedAt: instant('triaged_at'),
    closedAt: instant('closed_at'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    // What the KPIs read of the timeline, kept by the database (trigger triage_events_firsts, migration 0016) as events
    // come in, never written by the companion: the priority asked for (the `created` event's) and the first decision.
    requestedPriority: text('requested_priority'),
    firstDecidedAt: instant('first_decided_at'),
}, (t) => [
    index('triage_items_status_idx').on(t.status, t.createdAt),
    // KPIs: the requests received in a range.
    index('triage_items_created_idx').on(t.createdAt),
    // KPIs: the follow-ups due in a range.
    index('triage_items_follow_ups_due_idx').on(t.dueAt).where(sql`${t.incidentId} is not null`),
    uniqueIndex('triage_items_source_post_idx').on(t.sourcePostId).where(sql`${t.sourcePostId} is not null`),
]);

export const triageEvents = pgTable('triage_events', {
    id: uuid('id').primaryKey().defaultRandom(),
    // Insertion order: a creation and a decision may share an instant (and a test clock always does).
    seq: integer('seq').generatedAlwaysAsIdentity().notNull(),
    requestId: uuid('request_id').notNull().references(() => triageItems.id, {onDelete: 'cascade'}),
    kind: text('kind').notNull(),
    actorId: text('actor_id'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    at: instant('at').notNull().defaultNow(),
}, (t) => [index('triage_events_request_idx').on(t.requestId, t.at)]);

// 64 hex characters (two random uuids) for URLs that must not be guessed (calendar feeds).
export const secretToken = () => sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`;

// An on-call schedule (contract/schedules.ts). Layers and overrides live in one document that the domain
// validates when written and compiles when read; `version` guards read-modify-write edits (take over, swap).
export const schedules = pgTable('schedules', {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull().default('UTC'),
    definition: jsonb('definition').$type<ScheduleDefinition>().notNull().default({layers: [], overrides: []}),
    version: integer('version').notNull().default(1),
    // The schedule's iCal feed URL carries it; regenerating it cuts off every old subscription.
    calendarToken: text('calendar_token').notNull().unique().default(secretToken()),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});

// One row per hand-off notice: its primary key makes the notice exactly once, whichever instance gets there.
export const handoffNotices = pgTable('handoff_notices', {
    scheduleId: uuid('schedule_id').notNull().references(() => schedules.id, {onDelete: 'cascade'}),
    handoffAt: instant('handoff_at').notNull(),
    fromUsers: jsonb('from_users').$type<string[]>().notNull(),
    toUsers: jsonb('to_users').$type<string[]>().notNull(),
    // Sent after the hand-off had passed by more than the grace period (the companion was down).
    isLate: boolean('is_late').notNull().default(false),
    sentAt: instant('sent_at').notNull().defaultNow(),
}, (t) => [primaryKey({columns: [t.scheduleId, t.handoffAt]})]);

// A person's own iCal feed (every shift of theirs in every schedule).
export const personCalendars = pgTable('person_calendars', {
    username: text('username').primaryKey(),
    calendarToken: text('calendar_token').notNull().unique().default(secretToken()),
    createdAt: createdAt(),
});

// Ordered steps (notify a schedule's on-call or named users, then wait), repeated `repeat` more times.
export const escalationPolicies = pgTable('escalation_policies', {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    steps: jsonb('steps').$type<PolicyStep[]>().notNull(),
    repeat: integer('repeat').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});

// A page walks its policy (a copy taken when it was raised) step by step until someone acknowledges.
export const pages = pgTable('pages', {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().unique().notNull(),
    message: text('message').notNull(),
    // What was paged: {kind: 'schedule' | 'user' | 'policy', ...}.
    target: jsonb('target').$type<StoredPageTarget>().notNull(),
    policy: jsonb('policy').$type<Policy>().notNull(),
    incidentId: uuid('incident_id').references(() => incidents.id, {onDelete: 'set null'}),
    ofDrill: ofDrill(),
    status: text('status', {enum: ['paging', 'acknowledged', 'exhausted', 'cancelled']}).notNull().default('paging'),
    stepIndex: integer('step_index').notNull().default(0),
    round: integer('round').notNull().default(0),
    // Usernames reached so far, first reach first (any of them may acknowledge).
    notified: jsonb('notified').$type<string[]>().notNull().default([]),
    stepStartedAt: instant('step_started_at').notNull().defaultNow(),
    createdById: text('created_by_id').notNull(),
    createdByUsername: text('created_by_username').notNull(),
    acknowledgedAt: instant('acknowledged_at'),
    acknowledgedByUsername: text('acknowledged_by_username'),
    createdAt: createdAt(),
}, (t) => [
    index('pages_status_idx').on(t.status, t.createdAt),
    // KPIs: the pages raised in a range.
    index('pages_created_idx').on(t.createdAt),
]);

export const pageEvents = pgTable('page_events', {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: integer('seq').generatedAlwaysAsIdentity().notNull(),
    pageId: uuid('page_id').notNull().references(() => pages.id, {onDelete: 'cascade'}),
    kind: text('kind').notNull(),
    actorId: text('actor_id'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    at: instant('at').notNull().defaultNow(),
}, (t) => [index('page_events_page_idx').on(t.pageId, t.seq)]);

export const rituals = pgTable('rituals', {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    // A domain Cadence (domain/ritual_schedule.ts); validated when read, never trusted blindly.
    cadence: jsonb('cadence').notNull(),
    channelName: text('channel_name').notNull(),
    leadMinutes: integer('lead_minutes').notNull().default(15),
    // Who attends (roles as the handbook names them: "SRE", "Release", …), shown in the agenda and the feed.
    attendees: jsonb('attendees').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    // Which agenda is built from data before the ritual starts.
    agenda: text('agenda', {enum: RITUAL_AGENDAS}).notNull().default('none'),
    // Free text added to every agenda (for a gameday: the planned scenario).
    notes: text('notes').notNull().default(''),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});

// One row per ritual occurrence whose agenda was posted: the primary key is the claim that posts it once,
// whichever instance's job runs first; late marks an agenda posted after the ritual had started.
export const ritualRuns = pgTable('ritual_runs', {
    ritualId: uuid('ritual_id').notNull().references(() => rituals.id, {onDelete: 'cascade'}),
    occurrenceAt: instant('occurrence_at').notNull(),
    postedAt: instant('posted_at').notNull().defaultNow(),
    late: boolean('late').notNull().default(false),
    postId: text('post_id'),
}, (t) => [primaryKey({columns: [t.ritualId, t.occurrenceAt]})]);

export const slashCommands = pgTable('slash_commands', {
    teamId: text('team_id').primaryKey(),
    commandId: text('command_id').notNull(),
    token: text('token').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});

// The toolkit's own SRE role (template editing); Mattermost system admins always have it.
export const sreMembers = pgTable('sre_members', {
    username: text('username').primaryKey(),
    createdAt: createdAt(),
});

// Generated once per installation and shared by every instance (HMAC of dialog state and button context).
export const secrets = pgTable('secrets', {
    name: text('name').primaryKey(),
    value: text('value').notNull(),
    createdAt: createdAt(),
});

// One row per digest week (its Monday in the team's zone): the primary key is the claim that makes the weekly
// digest post once, whichever instance's job runs first, and ran_at is where the next digest's "since" starts.
export const digestRuns = pgTable('digest_runs', {
    weekStart: date('week_start', {mode: 'string'}).primaryKey(),
    slotAt: instant('slot_at').notNull(),
    ranAt: instant('ran_at').notNull().defaultNow(),
});

// An incident's review: created when the incident resolves, edited as a draft, then published. Impact and
// highlights are documents the domain checks; follow-ups are triage requests (triage_items.incident_id).
export const retrospectives = pgTable('retrospectives', {
    incidentId: uuid('incident_id').primaryKey().references(() => incidents.id, {onDelete: 'cascade'}),
    ofDrill: ofDrill(),
    status: text('status', {enum: ['draft', 'published']}).notNull().default('draft'),
    summary: text('summary').notNull().default(''),
    impact: jsonb('impact').notNull().default(sql`'{}'::jsonb`),
    highlights: jsonb('highlights').notNull().default(sql`'[]'::jsonb`),
    wentWell: text('went_well').notNull().default(''),
    wentBadly: text('went_badly').notNull().default(''),
    causes: text('causes').notNull().default(''),
    // A drill's gameday report: what was injected and how it was detected (time to detect comes from the timeline).
    injected: text('injected').notNull().default(''),
    detected: text('detected').notNull().default(''),
    // Guards edits from two tabs (an edit names the version it started from).
    version: integer('version').notNull().default(1),
    publishedAt: instant('published_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
}, (t) => [
    // KPIs: the retrospectives opened in a range (when their incidents were first resolved).
    index('retrospectives_created_idx').on(t.createdAt),
]);

// The runbook library: linked from template checklist steps, searched by /sre runbook, flagged when stale.
export const runbooks = pgTable('runbooks', {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    service: text('service').notNull().default(''),
    tier: text('tier', {enum: ['cloud', 'community', 'internal']}).notNull(),
    // Markdown kept here, or a link to where the runbook lives (one of the two).
    body: text('body').notNull().default(''),
    url: text('url'),
    ownerUsername: text('owner_username'),
    lastReviewedAt: instant('last_reviewed_at'),
    isArchived: boolean('is_archived').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});
