import type {Database} from '../db/database.js';
import {incidents, retrospectives, triageEvents, triageItems} from '../db/schema.js';

// Retrospectives and follow-ups over two weeks of March 2026 (Berlin, three business days), asked on Monday 16 March
// 12:00 UTC, for the KPI loader and route tests. What each row is meant to show is said beside it; the figures it
// gives are worked out in those tests.
export const REVIEW_NOW = new Date('2026-03-16T12:00:00Z');
const t = (iso: string) => new Date(`2026-${iso}Z`);
// A follow-up due on a day is due until that day ends in Berlin (CET, UTC+1).
const endOf = (day: string) => new Date(`2026-${day}T22:59:59.999Z`);

type Review = {title: string; declared: string; resolved: string | null; isDrill?: boolean; isPrivate?: boolean;
    retro?: {opened: string; status: 'draft' | 'published'; published?: string}};

const REVIEWS: Review[] = [
    // Resolved Mon 2 Mar 10:00 CET, due Thu 5 Mar 09:00Z, published the 4th: on time.
    {title: 'R1', declared: '03-02T08:00:00', resolved: '03-02T09:00:00', retro: {opened: '03-02T09:00:00', status: 'published', published: '03-04T10:00:00'}},
    // Due Fri 6 Mar 09:00Z, published a second later: late.
    {title: 'R2', declared: '03-03T08:00:00', resolved: '03-03T09:00:00', retro: {opened: '03-03T09:00:00', status: 'published', published: '03-06T09:00:01'}},
    // Resolved Thu 5 Mar, due Tue 10 Mar 09:00Z, still a draft: late.
    {title: 'R3', declared: '03-04T08:00:00', resolved: '03-05T09:00:00', retro: {opened: '03-05T09:00:00', status: 'draft'}},
    // Resolved Fri 6 Mar 16:00 CET with no retrospective at all (its hook failed): due Wed 11 Mar 15:00Z, late.
    {title: 'R4', declared: '03-06T08:00:00', resolved: '03-06T15:00:00'},
    // Resolved Thu 5 Mar 12:00Z (the review opened then), reopened, resolved again on the 10th: counted from the 5th,
    // due Tue 10 Mar 12:00Z, published on the 9th: on time, in the first week.
    {title: 'R5', declared: '03-05T08:00:00', resolved: '03-10T12:00:00', retro: {opened: '03-05T12:00:00', status: 'published', published: '03-09T12:00:00'}},
    // A drill's gameday report, late: never counted.
    {title: 'D1', declared: '03-03T08:00:00', resolved: '03-03T10:00:00', isDrill: true, retro: {opened: '03-03T10:00:00', status: 'draft'}},
    // Resolved Mon 9 Mar, due Thu 12 Mar 09:00Z, published the 11th: on time, in the second week. Private.
    {title: 'R7', declared: '03-09T08:00:00', resolved: '03-09T09:00:00', isPrivate: true, retro: {opened: '03-09T09:00:00', status: 'published', published: '03-11T10:00:00'}},
    // Resolved Thu 12 Mar, due Tue 17 Mar: not yet due on the 16th.
    {title: 'R6', declared: '03-12T08:00:00', resolved: '03-12T09:00:00', retro: {opened: '03-12T09:00:00', status: 'published', published: '03-13T09:00:00'}},
];

type FollowUp = {title: string; of: string; created: string; due: string; status: 'accepted' | 'done' | 'declined'; events: [kind: string, at: string, to?: string][]};

// Every follow-up is accepted when it is made (as linkFollowUp does).
const FOLLOW_UPS: FollowUp[] = [
    // Due Fri 6 Mar, done on the 5th: done on time.
    {title: 'F1', of: 'R1', created: '03-02T10:00:00', due: '03-06', status: 'done', events: [['done', '03-05T10:00:00']]},
    // Due Fri 6 Mar, started on the 4th, done on the 7th: late.
    {title: 'F2', of: 'R1', created: '03-02T10:00:00', due: '03-06', status: 'done', events: [['started', '03-04T10:00:00'], ['done', '03-07T10:00:00']]},
    // Declined on the 4th, due Sun 8 Mar: not done.
    {title: 'F7', of: 'R1', created: '03-02T10:00:00', due: '03-08', status: 'declined', events: [['declined', '03-04T10:00:00']]},
    // Due Wed 11 Mar and still accepted: open, overdue by the 16th.
    {title: 'F3', of: 'R2', created: '03-03T10:00:00', due: '03-11', status: 'accepted', events: []},
    // Due Tue 10 Mar, done that morning.
    {title: 'F5', of: 'R2', created: '03-03T10:00:00', due: '03-10', status: 'done', events: [['done', '03-10T08:00:00']]},
    // Due 20 Mar; done on the 10th, reopened on the 12th: open again.
    {title: 'F4', of: 'R3', created: '03-05T10:00:00', due: '03-20', status: 'accepted',
        events: [['done', '03-10T10:00:00'], ['reopened', '03-12T10:00:00', 'accepted']]},
    // The drill's: never counted, not even as a request.
    {title: 'F6', of: 'D1', created: '03-03T11:00:00', due: '03-05', status: 'accepted', events: []},
    // Made on the 10th, due Fri 13 Mar, still accepted: overdue by the 16th.
    {title: 'F8', of: 'R7', created: '03-10T10:00:00', due: '03-13', status: 'accepted', events: []},
    // Due Mon 16 Mar at the end of the day: not yet due at noon.
    {title: 'F9', of: 'R7', created: '03-10T10:00:00', due: '03-16', status: 'accepted', events: []},
];

export async function seedReviews(db: Database): Promise<Map<string, string>> {
    const rows = await db.insert(incidents).values(REVIEWS.map((r) => ({title: r.title, severity: 'sev2' as const, declaredAt: t(r.declared),
        resolvedAt: r.resolved === null ? null : t(r.resolved), status: r.resolved === null ? 'investigating' as const : 'resolved' as const,
        isDrill: r.isDrill ?? false, isPrivate: r.isPrivate ?? false, channelId: `ch-${r.title}`, channelName: `inc-${r.title.toLowerCase()}`,
        declaredById: 'u-dave'})))
        .returning({id: incidents.id, title: incidents.title});
    const ids = new Map(rows.map((r) => [r.title, r.id]));
    const id = (title: string) => ids.get(title) ?? '';
    await db.insert(retrospectives).values(REVIEWS.flatMap((r) => (r.retro === undefined ? [] : [{incidentId: id(r.title), status: r.retro.status,
        createdAt: t(r.retro.opened), updatedAt: t(r.retro.opened), publishedAt: r.retro.published === undefined ? null : t(r.retro.published)}])));
    const items = await db.insert(triageItems).values(FOLLOW_UPS.map((f) => ({title: f.title, priority: 'p2' as const, category: 'reliability' as const,
        status: f.status, incidentId: id(f.of), dueAt: endOf(f.due), createdAt: t(f.created), triagedAt: t(f.created),
        closedAt: ['done', 'declined'].includes(f.status) ? t(f.events.at(-1)?.[1] ?? f.created) : null,
        // As the triage service leaves it: last written by its last status change.
        updatedAt: t(f.events.at(-1)?.[1] ?? f.created)})))
        .returning({id: triageItems.id, title: triageItems.title});
    const itemId = (title: string) => items.find((i) => i.title === title)?.id ?? '';
    await db.insert(triageEvents).values(FOLLOW_UPS.flatMap((f) => [
        {requestId: itemId(f.title), kind: 'created', at: t(f.created), data: {priority: 'p2'}},
        {requestId: itemId(f.title), kind: 'accepted', at: t(f.created), data: {}},
        ...f.events.map(([kind, at, to]) => ({requestId: itemId(f.title), kind, at: t(at), data: to === undefined ? {} : {from: 'done', to}})),
    ]));
    return ids;
}
