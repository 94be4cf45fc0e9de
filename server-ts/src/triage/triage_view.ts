import type {TriageEventView, TriageRequestView} from '../contract/triage.js';
import {toTriageRequest, type TriageEventRow, type TriageRow} from '../db/triage_rows.js';
import {describeStoredTriageEvent} from '../domain/triage_events.js';
import {slaRulesFor, type SlaThresholds} from '../domain/triage_sla.js';

// Mattermost's own redirect finds the message's team, so a request needs no team of its own to link it.
export const permalinkOf = (mmUrl: string, postId: string): string => `${mmUrl}/_redirect/pl/${postId}`;

export function triageView(row: TriageRow, mmUrl: string, now: Date, sla: SlaThresholds): TriageRequestView {
    const r = toTriageRequest(row);
    return {
        id: r.id, number: r.number, title: r.title, description: r.description, requester: r.requester,
        sourcePostId: r.sourcePostId, permalink: r.sourcePostId === null ? null : permalinkOf(mmUrl, r.sourcePostId),
        category: r.category, priority: r.priority, area: r.area, status: r.status, owner: r.owner, quarter: r.quarter,
        labels: r.labels, duplicateOf: r.duplicateOf, declineReason: r.declineReason,
        createdAt: r.createdAt.toISOString(), triagedAt: r.triagedAt?.toISOString() ?? null, closedAt: r.closedAt?.toISOString() ?? null,
        slaBreaches: slaRulesFor(r, now, sla),
    };
}

export const triageEventView = (e: TriageEventRow): TriageEventView =>
    ({id: e.id, at: e.at.toISOString(), actorId: e.actorId, kind: e.kind, text: describeStoredTriageEvent(e.kind, e.data)});
