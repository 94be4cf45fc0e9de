import {and, asc, between, desc, eq, lt, lte, sql} from 'drizzle-orm';
import type {RetroStatus} from '../domain/ritual_agenda_review.js';
import {staleCutoff} from '../domain/runbook_stale.js';
import type {Database} from './database.js';
import {isOpenFollowUp} from './follow_up_summary_rows.js';
import {reviewedFrom} from './runbook_rows.js';
import {incidents, retrospectives, runbooks, templates, triageItems} from './schema.js';

// Plain rows for the agenda builders (domain/ritual_agenda_*.ts); links are added by the caller, which knows the site.

const followUpColumns = {number: triageItems.number, title: triageItems.title, status: triageItems.status, ownerUsername: triageItems.ownerUsername,
    dueAt: triageItems.dueAt, incidentNumber: incidents.number};

const retroOf = (status: 'draft' | 'published' | null): RetroStatus => status ?? 'missing';

// Monday's review: real incidents resolved in [since, now], follow-ups past due and still open, runbooks gone stale.
export async function loadReviewRows(db: Database, since: Date, now: Date) {
    const [resolved, followUps, stale] = await Promise.all([
        db.select({id: incidents.id, number: incidents.number, title: incidents.title, severity: incidents.severity, channelName: incidents.channelName,
            isPrivate: incidents.isPrivate, resolvedAt: incidents.resolvedAt, retroStatus: retrospectives.status})
            .from(incidents).leftJoin(retrospectives, eq(retrospectives.incidentId, incidents.id))
            .where(and(eq(incidents.isDrill, false), eq(incidents.status, 'resolved'), between(incidents.resolvedAt, since, now))),
        db.select(followUpColumns).from(triageItems).leftJoin(incidents, eq(incidents.id, triageItems.incidentId))
            .where(and(isOpenFollowUp, lt(triageItems.dueAt, now))),
        db.select({id: runbooks.id, title: runbooks.title, ownerUsername: runbooks.ownerUsername, url: runbooks.url,
            lastReviewedAt: runbooks.lastReviewedAt, createdAt: runbooks.createdAt}).from(runbooks)
            .where(and(eq(runbooks.isArchived, false), sql`${reviewedFrom} <= ${staleCutoff(now).toISOString()}::timestamptz`)),
    ]);
    return {
        incidents: resolved.flatMap(({retroStatus, resolvedAt, ...i}) => (resolvedAt === null ? [] : [{...i, resolvedAt, retro: retroOf(retroStatus)}])),
        followUps,
        runbooks: stale,
    };
}

// The gameday: the drill template (the first by name when SREs made several) and the latest drill with its follow-ups.
export async function loadGamedayRows(db: Database, now: Date) {
    const [[template], [drill]] = await Promise.all([
        db.select({name: templates.name, checklist: templates.checklist}).from(templates)
            .where(and(eq(templates.isDrill, true), eq(templates.isArchived, false))).orderBy(asc(templates.name)).limit(1),
        db.select({id: incidents.id, number: incidents.number, title: incidents.title, status: incidents.status, channelName: incidents.channelName,
            isPrivate: incidents.isPrivate, declaredAt: incidents.declaredAt, scenario: incidents.drillScenario})
            .from(incidents).where(and(eq(incidents.isDrill, true), lte(incidents.declaredAt, now))).orderBy(desc(incidents.declaredAt)).limit(1),
    ]);
    const followUps = drill === undefined ? [] :
        await db.select(followUpColumns).from(triageItems).leftJoin(incidents, eq(incidents.id, triageItems.incidentId))
            .where(eq(triageItems.incidentId, drill.id)).orderBy(asc(triageItems.number));
    return {
        template: template === undefined ? null : {name: template.name, steps: template.checklist.map((s) => s.title)},
        lastDrill: drill === undefined ? null : {...drill, followUps},
    };
}
