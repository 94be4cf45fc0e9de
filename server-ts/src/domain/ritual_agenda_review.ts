import type {Severity} from '../contract/summary.js';
import type {TriageStatus} from '../contract/triage.js';
import {isOverdue} from './retro_deadline.js';
import {bullets, dateText, dayText, titleText} from './ritual_agenda_text.js';
import {isStale, type Reviewable} from './runbook_stale.js';
import {formatAge} from './triage_sla.js';
import {isClosed} from './triage_fields.js';

export type RetroStatus = 'draft' | 'published' | 'missing';
export type ReviewedIncident = {
    number: number; title: string; severity: Severity; channelName: string; isPrivate: boolean; resolvedAt: Date;
    retro: RetroStatus;
    // Where the retrospective opens (for a missing one: where it would be).
    retroUrl: string;
};
export type FollowUp = {number: number; title: string; status: TriageStatus; ownerUsername: string | null; dueAt: Date | null; incidentNumber: number | null};
export type ReviewRunbook = Reviewable & {title: string; ownerUsername: string | null; link: string};

// Monday's Incident Review & Knowledge share: what was resolved since the last one, what is owed, what is rotting.
export type ReviewInput = {
    // The previous occurrence of the ritual: incidents resolved from then on are new to this review.
    since: Date;
    now: Date;
    timeZone: string;
    incidents: readonly ReviewedIncident[];
    followUps: readonly FollowUp[];
    runbooks: readonly ReviewRunbook[];
};

const RETRO_TEXT: Record<RetroStatus, string> = {draft: 'retrospective in draft', published: 'retrospective published', missing: 'no retrospective yet'};

// A private incident stays private in a team channel: its number and state, never its title or channel.
function incidentLine(i: ReviewedIncident, zone: string): string {
    const what = i.isPrivate ? `#${i.number} (private incident)` : `#${i.number} ${titleText(i.title)} ~${i.channelName}`;
    const retro = i.retro === 'missing' ? `**${RETRO_TEXT.missing}**` : `[${RETRO_TEXT[i.retro]}](${i.retroUrl})`;
    return `${i.severity.toUpperCase()} ${what} · resolved ${dayText(i.resolvedAt, zone)} · ${retro}`;
}

function followUpLine(f: FollowUp, input: ReviewInput): string {
    const overdueBy = f.dueAt === null ? '' : ` (${formatAge(input.now.getTime() - f.dueAt.getTime())} overdue)`;
    return [`#${f.number} ${titleText(f.title)}`, `due ${f.dueAt === null ? '?' : dayText(f.dueAt, input.timeZone)}${overdueBy}`,
        f.ownerUsername === null ? 'no owner' : `@${f.ownerUsername}`,
        ...(f.incidentNumber === null ? [] : [`from incident #${f.incidentNumber}`])].join(' · ');
}

function runbookLine(r: ReviewRunbook, zone: string): string {
    const reviewed = r.lastReviewedAt === null ? `never reviewed (added ${dateText(r.createdAt, zone)})` : `last reviewed ${dateText(r.lastReviewedAt, zone)}`;
    return `[${titleText(r.title)}](${r.link}) · ${r.ownerUsername === null ? 'no owner' : `@${r.ownerUsername}`} · ${reviewed}`;
}

export function reviewSections(input: ReviewInput): string[] {
    const {since, now, timeZone} = input;
    const resolved = input.incidents.filter((i) => i.resolvedAt >= since && i.resolvedAt <= now)
        .sort((a, b) => a.resolvedAt.getTime() - b.resolvedAt.getTime() || a.number - b.number);
    const overdue = input.followUps.filter((f) => isOverdue(f.dueAt, isClosed(f.status), now))
        .sort((a, b) => (a.dueAt?.getTime() ?? 0) - (b.dueAt?.getTime() ?? 0) || a.number - b.number);
    // Oldest review first: those most in need of a read-through.
    const stale = input.runbooks.filter((r) => isStale(r, now))
        .sort((a, b) => (a.lastReviewedAt ?? a.createdAt).getTime() - (b.lastReviewedAt ?? b.createdAt).getTime());
    return [
        `##### Incidents resolved since the last review (${dayText(since, timeZone)})`,
        ...bullets(resolved, (i) => incidentLine(i, timeZone), 'None: no incident was resolved since the last review.'),
        '', '##### Overdue follow-ups',
        ...bullets(overdue, (f) => followUpLine(f, input), 'None: every follow-up is on time.'),
        '', '##### Runbooks not reviewed for 90 days',
        ...bullets(stale, (r) => runbookLine(r, timeZone), 'None: every runbook was reviewed in the last 90 days.'),
    ];
}
