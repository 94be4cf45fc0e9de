import type {FollowUpView, GamedayReport, RetrospectiveView} from '../contract/retrospectives.js';
import type {IncidentRow} from '../db/incident_rows.js';
import {contentOf, type RetroRow} from '../db/retro_rows.js';
import {toTriageRequest, type TriageRow} from '../db/triage_rows.js';
import {timeToDetectSeconds, type Detection} from '../domain/gameday.js';
import {dueDateOf, isOverdue} from '../domain/retro_deadline.js';
import {isClosed} from '../domain/triage_fields.js';

export function followUpView(row: TriageRow, zone: string, now: Date): FollowUpView {
    const r = toTriageRequest(row);
    return {requestId: r.id, number: r.number, title: r.title, status: r.status, category: r.category, owner: r.owner,
        dueDate: row.dueAt === null ? null : dueDateOf(row.dueAt, zone), dueAt: row.dueAt?.toISOString() ?? null,
        isOverdue: isOverdue(row.dueAt, isClosed(r.status), now)};
}

// `detection`: the drill's first recorded detection (db/drill_rows.ts), null for a real incident or before one.
type ViewInput = {incident: IncidentRow; retro: RetroRow; followUps: readonly TriageRow[]; detection: Detection | null; reminderDueAt: Date;
    zone: string; now: Date};

function gamedayReport(incident: IncidentRow, texts: {injected: string; detected: string}, detection: Detection | null): GamedayReport | null {
    if (!incident.isDrill) {
        return null;
    }
    const at = detection?.at ?? null;
    return {scenario: incident.drillScenario ?? '', ...texts, detectedAt: at?.toISOString() ?? null, timeToDetectSeconds: timeToDetectSeconds(incident.declaredAt, at)};
}

export function retrospectiveView({incident, retro, followUps, detection, reminderDueAt, zone, now}: ViewInput): RetrospectiveView {
    const {injected, detected, ...content} = contentOf(retro);
    return {
        incidentId: incident.id, incidentNumber: incident.number, incidentTitle: incident.title, isDrill: incident.isDrill,
        status: retro.status, ...content, followUps: followUps.map((f) => followUpView(f, zone, now)),
        gameday: gamedayReport(incident, {injected, detected}, detection),
        version: retro.version, reminderDueAt: reminderDueAt.toISOString(), createdAt: retro.createdAt.toISOString(),
        updatedAt: retro.updatedAt.toISOString(), publishedAt: retro.publishedAt?.toISOString() ?? null,
    };
}
