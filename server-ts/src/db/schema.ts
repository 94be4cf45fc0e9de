import {sql} from 'drizzle-orm';
import {integer, jsonb, pgTable, text, timestamp, uuid, index} from 'drizzle-orm/pg-core';

// Every instant is timestamptz: rotations and rituals carry their own IANA zone for wall-clock maths.
const instant = (name: string) => timestamp(name, {withTimezone: true, mode: 'date'});
const createdAt = () => instant('created_at').notNull().defaultNow();

export const incidents = pgTable('incidents', {
    id: uuid('id').primaryKey().defaultRandom(),
    // Human-facing number ("incident #42"); identity keeps it unique across instances.
    number: integer('number').generatedAlwaysAsIdentity().unique().notNull(),
    title: text('title').notNull(),
    severity: text('severity', {enum: ['sev1', 'sev2', 'sev3', 'sev4']}).notNull(),
    status: text('status', {enum: ['investigating', 'identified', 'monitoring', 'resolved']}).notNull().default('investigating'),
    channelId: text('channel_id'),
    commanderId: text('commander_id'),
    declaredAt: instant('declared_at').notNull().defaultNow(),
    resolvedAt: instant('resolved_at'),
    createdAt: createdAt(),
}, (t) => [index('incidents_active_idx').on(t.status, t.declaredAt)]);

export const incidentEvents = pgTable('incident_events', {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id').notNull().references(() => incidents.id, {onDelete: 'cascade'}),
    kind: text('kind').notNull(),
    actorId: text('actor_id'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    at: instant('at').notNull().defaultNow(),
}, (t) => [index('incident_events_incident_idx').on(t.incidentId, t.at)]);

export const triageItems = pgTable('triage_items', {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().unique().notNull(),
    title: text('title').notNull(),
    status: text('status', {enum: ['new', 'accepted', 'in_progress', 'done', 'rejected']}).notNull().default('new'),
    priority: text('priority', {enum: ['p1', 'p2', 'p3', 'p4']}),
    requesterId: text('requester_id'),
    createdAt: createdAt(),
}, (t) => [index('triage_items_status_idx').on(t.status, t.createdAt)]);

export const schedules = pgTable('schedules', {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull().default('UTC'),
    createdAt: createdAt(),
});

export const oncallShifts = pgTable('oncall_shifts', {
    id: uuid('id').primaryKey().defaultRandom(),
    scheduleId: uuid('schedule_id').notNull().references(() => schedules.id, {onDelete: 'cascade'}),
    username: text('username').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
}, (t) => [index('oncall_shifts_window_idx').on(t.endsAt, t.startsAt)]);

export const rituals = pgTable('rituals', {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    // A domain Cadence (domain/ritual_schedule.ts); validated when read, never trusted blindly.
    cadence: jsonb('cadence').notNull(),
    channelName: text('channel_name').notNull(),
    leadMinutes: integer('lead_minutes').notNull().default(15),
    createdAt: createdAt(),
});

export const slashCommands = pgTable('slash_commands', {
    teamId: text('team_id').primaryKey(),
    commandId: text('command_id').notNull(),
    token: text('token').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
});
