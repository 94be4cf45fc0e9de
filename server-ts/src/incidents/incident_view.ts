import type {IncidentView, Person, TemplateView, TimelineEvent} from '../contract/incidents.js';
import type {EventRow, IncidentRow} from '../db/incident_rows.js';
import type {TemplateRow} from '../db/template_rows.js';
import {tierDefaultSeverity} from '../domain/severity.js';
import {describeStoredEvent} from '../domain/timeline.js';

const personOrNull = (id: string | null, username: string | null): Person | null =>
    id === null ? null : {id, username: username ?? ''};

export function incidentView(row: IncidentRow): IncidentView {
    return {
        id: row.id, number: row.number, title: row.title, summary: row.summary, severity: row.severity, status: row.status,
        templateId: row.templateId ?? '', isDrill: row.isDrill, isPrivate: row.isPrivate, teamId: row.teamId,
        channelId: row.channelId, channelName: row.channelName,
        roles: {
            commander: {id: row.commanderId ?? '', username: row.commanderUsername ?? ''},
            communications: personOrNull(row.communicationsId, row.communicationsUsername),
            scribe: personOrNull(row.scribeId, row.scribeUsername),
        },
        declaredBy: {id: row.declaredById, username: row.declaredByUsername},
        declaredAt: row.declaredAt.toISOString(),
        resolvedAt: row.resolvedAt?.toISOString() ?? null,
        resolutionSummary: row.resolutionSummary,
        nextUpdateDueAt: row.nextUpdateDueAt?.toISOString() ?? null,
        // Incidents declared before runbook links have no `runbook` on their steps: answered as none.
        checklist: row.checklist.map((item) => ({...item, runbook: item.runbook ?? null})),
        sourcePostId: row.sourcePostId,
        pendingSteps: row.pendingSteps,
    };
}

export function timelineView(events: readonly EventRow[]): TimelineEvent[] {
    return events.map((e) => {
        const data = typeof e.data === 'object' && e.data !== null ? e.data as Record<string, unknown> : {};
        return {id: e.id, at: e.at.toISOString(), actorId: e.actorId, kind: e.kind, text: describeStoredEvent(e.kind, data),
            postId: typeof data.postId === 'string' ? data.postId : null};
    });
}

export function templateView(row: TemplateRow): TemplateView {
    return {id: row.id, slug: row.slug, name: row.name, description: row.description, tier: row.tier, channelNamePattern: row.channelNamePattern,
        isPrivate: row.isPrivate, headerPattern: row.headerPattern, purposePattern: row.purposePattern, firstPost: row.firstPost,
        defaultMembers: row.defaultMembers, broadcastChannels: row.broadcastChannels,
        checklist: row.checklist.map((step) => ({...step, runbookId: step.runbookId ?? null})),
        updateIntervalMinutes: row.updateIntervalMinutes, isDrill: row.isDrill, isArchived: row.isArchived,
        defaultSeverity: tierDefaultSeverity(row.tier), updatedAt: row.updatedAt.toISOString()};
}
