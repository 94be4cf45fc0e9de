import type {PageTarget, PageView} from '../contract/paging.js';
import type {PageEventRow, PageRow} from '../db/page_rows.js';
import type {StoredPageTarget} from '../db/schema.js';
import {describeStoredPageEvent} from '../domain/paging_events.js';
import {mttaSeconds} from '../domain/paging_state.js';

// The stored target carries its name as of the page; the API's target is the body's shape.
function targetOf(t: StoredPageTarget): PageTarget {
    switch (t.kind) {
    case 'schedule':
        return {kind: 'schedule', scheduleId: t.scheduleId};
    case 'user':
        return {kind: 'user', username: t.username};
    case 'policy':
        return {kind: 'policy', policyId: t.policyId};
    }
}

export function pageView(row: PageRow, events: readonly PageEventRow[]): PageView {
    return {
        id: row.id, number: row.number, message: row.message, target: targetOf(row.target), targetName: row.target.name, status: row.status,
        step: row.stepIndex, round: row.round, notified: row.notified, incidentId: row.incidentId, createdBy: row.createdByUsername,
        createdAt: row.createdAt.toISOString(), acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null, acknowledgedBy: row.acknowledgedByUsername,
        mttaSeconds: row.acknowledgedAt === null ? null : mttaSeconds(row.createdAt, row.acknowledgedAt),
        timeline: events.filter((e) => e.pageId === row.id).map((e) => ({at: e.at.toISOString(), kind: e.kind, text: describeStoredPageEvent(e.kind, e.data)})),
    };
}
