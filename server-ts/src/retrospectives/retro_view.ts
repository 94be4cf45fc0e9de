import type {FollowUpView, RetrospectiveView} from '../contract/retrospectives.js';
import type {IncidentRow} from '../db/incident_rows.js';
import {contentOf, type RetroRow} from '../db/retro_rows.js';
import {toTriageRequest, type TriageRow} from '../db/triage_rows.js';
import {dueDateOf, isOverdue} from '../domain/retro_deadline.js';
import {isClosed} from '../domain/triage_fields.js';

export function followUpView(row: TriageRow, zone: string, now: Date): FollowUpView {
    const r = toTriageRequest(row);
    return {requestId: r.id, number: r.number, title: r.title, status: r.status, category: r.category, owner: r.owner,
        dueDate: row.dueAt === null ? null : dueDateOf(row.dueAt, zone), dueAt: row.dueAt?.toISOString() ?? null,
        isOverdue: isOverdue(row.dueAt, isClosed(r.status), now)};
}

type ViewInput = {incident: IncidentRow; retro: RetroRow; followUps: readonly TriageRow[]; reminderDueAt: Date; zone: string; now: Date};

export function retrospectiveView({incident, retro, followUps, reminderDueAt, zone, now}: ViewInput): RetrospectiveView {
    return {
        incidentId: incident.id, incidentNumber: incident.number, incidentTitle: incident.title, isDrill: incident.isDrill,
        status: retro.status, ...contentOf(retro), followUps: followUps.map((f) => followUpView(f, zone, now)),
        version: retro.version, reminderDueAt: reminderDueAt.toISOString(), createdAt: retro.createdAt.toISOString(),
        updatedAt: retro.updatedAt.toISOString(), publishedAt: retro.publishedAt?.toISOString() ?? null,
    };
}
