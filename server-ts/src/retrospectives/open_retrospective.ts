import type {Database} from '../db/database.js';
import {findIncident, loadTimeline, type IncidentRow} from '../db/incident_rows.js';
import {findRetrospective, insertRetrospective, templateTier, type RetroRow} from '../db/retro_rows.js';
import {addBusinessDays} from '../domain/retro_deadline.js';
import {draftRetrospective} from '../domain/retro_draft.js';

export type OpenDeps = {
    db: Database;
    // The team's zone and RETRO_REMINDER_BUSINESS_DAYS: when the commander is reminded of a draft.
    timeZone: string;
    businessDays: number;
    scheduleReminder: (incidentId: string, dueAt: Date) => Promise<void>;
};

// Counted from the resolution (the review's createdAt), so every instance and every retry computes the same instant.
export const reminderDueAt = (deps: Pick<OpenDeps, 'timeZone' | 'businessDays'>, createdAt: Date): Date =>
    addBusinessDays(createdAt, deps.businessDays, deps.timeZone);

// The review of a resolved incident, made from its timeline the first time it is asked for (on resolve, or later
// by a read if that hook failed). Safe to run twice and from two instances: the first insert wins, the reminder's
// singleton key drops a second send. The reminder is queued before the row exists, so no draft is ever left without
// one; a reminder for a row that never came finds nothing to remind of.
export async function openRetrospective(deps: OpenDeps, incident: IncidentRow): Promise<RetroRow | null> {
    const existing = await findRetrospective(deps.db, incident.id);
    if (existing || incident.status !== 'resolved' || incident.resolvedAt === null) {
        return existing;
    }
    const resolvedAt = incident.resolvedAt;
    const [events, tier] = await Promise.all([loadTimeline(deps.db, incident.id), templateTier(deps.db, incident.templateId)]);
    const draft = draftRetrospective({severity: incident.severity, tier, declaredAt: incident.declaredAt, resolvedAt,
        resolutionSummary: incident.resolutionSummary, isDrill: incident.isDrill, drillScenario: incident.drillScenario}, events);
    await deps.scheduleReminder(incident.id, reminderDueAt(deps, resolvedAt));
    await insertRetrospective(deps.db, {incidentId: incident.id, ...draft, createdAt: resolvedAt, updatedAt: resolvedAt});
    return findRetrospective(deps.db, incident.id);
}

// The hook incidents call right after a resolution commits.
export function retrospectiveOpener(deps: OpenDeps): (incidentId: string) => Promise<void> {
    return async (incidentId) => {
        const incident = await findIncident(deps.db, incidentId);
        if (incident) {
            await openRetrospective(deps, incident);
        }
    };
}
