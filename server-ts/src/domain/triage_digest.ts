import type {TriageEventRecord} from './triage_events.js';
import {AREA_NAMES, CATEGORY_NAMES, isClosed, OWNERSHIP_AREAS, priorityLabel, STATUS_NAMES, TRIAGE_CATEGORIES} from './triage_fields.js';
import {bullets, titleText} from './ritual_agenda_text.js';
import {sortQueue} from './triage_queue.js';
import type {TriageRequest} from './triage_request.js';
import {DEFAULT_SLA, formatAge, isUntriaged, slaBreaches, type SlaThresholds} from './triage_sla.js';

export type DigestOptions = {
    since: Date;
    now: Date;
    siteUrl: string;
    // The team's URL name, for permalinks.
    teamName: string;
    thresholds?: SlaThresholds;
    // Where a request without a source message links to; by default such lines are not linked.
    requestUrl?: (request: TriageRequest) => string | null;
};

const WEEK = 7 * 24 * 3_600_000;

export const sourcePermalink = (request: Pick<TriageRequest, 'sourcePostId'>, siteUrl: string, teamName: string): string | null =>
    (request.sourcePostId === null ? null : `${siteUrl.replace(/\/+$/, '')}/${teamName}/pl/${request.sourcePostId}`);

type Link = (request: TriageRequest) => string;

function linker(options: DigestOptions): Link {
    return (r) => {
        // titleText: a line break or a bracket would end the Markdown link early.
        const text = `#${r.number} ${titleText(r.title)}`;
        const url = sourcePermalink(r, options.siteUrl, options.teamName) ?? options.requestUrl?.(r) ?? null;
        return url === null ? text : `[${text}](${url})`;
    };
}


function untriagedLine(requests: readonly TriageRequest[], link: Link, now: Date): string {
    const waiting = requests.filter(isUntriaged);
    const oldest = waiting.reduce<TriageRequest | undefined>((o, r) => (o === undefined || r.createdAt < o.createdAt ? r : o), undefined);
    if (oldest === undefined) {
        return 'Nothing is waiting for triage.';
    }
    return `**${waiting.length}** waiting for triage; the oldest is ${link(oldest)}, ${formatAge(now.getTime() - oldest.createdAt.getTime())} old.`;
}

function breakdown<K extends string>(open: readonly TriageRequest[], keys: readonly K[], names: Readonly<Record<K, string>>, of: (r: TriageRequest) => K | null): string[] {
    const counts = new Map<K | null, number>();
    for (const r of open) {
        counts.set(of(r), (counts.get(of(r)) ?? 0) + 1);
    }
    const rows = keys.filter((k) => counts.has(k)).map((k) => `- ${names[k]}: ${counts.get(k) ?? 0}`);
    const none = counts.get(null);
    return rows.length === 0 && none === undefined ? ['No open requests.'] : [...rows, ...(none === undefined ? [] : [`- Not set yet: ${none}`])];
}

function decisionsLine(events: readonly TriageEventRecord[], since: Date, now: Date): string {
    const recent = events.filter((e) => e.at >= since && e.at <= now);
    const count = (kind: string) => recent.filter((e) => e.kind === kind).length;
    return `${count('accepted')} accepted · ${count('declined')} declined · ${count('marked_duplicate')} marked duplicate`;
}

// The weekly post to ~cloud-sre-team before Triage & Planning: what came in, what waits, what broke its SLA.
export function buildDigest(requests: readonly TriageRequest[], events: readonly TriageEventRecord[], options: DigestOptions): string {
    const {since, now} = options;
    const link = linker(options);
    const sorted = sortQueue(requests);
    const fresh = sorted.filter((r) => r.createdAt >= since && r.createdAt <= now);
    const open = sorted.filter((r) => !isClosed(r.status));
    const breaches = slaBreaches(sorted, now, options.thresholds ?? DEFAULT_SLA);
    const done = sorted.filter((r) => r.status === 'done' && r.closedAt !== null && r.closedAt.getTime() > now.getTime() - WEEK && r.closedAt <= now);
    return [
        '#### :inbox_tray: SRE triage digest',
        `${fresh.length} new since the last digest · ${open.filter(isUntriaged).length} untriaged · ${breaches.length} SLA breaches · ${done.length} done last week`,
        '', '##### New since the last digest',
        ...bullets(fresh, (r) => `${link(r)} · ${priorityLabel(r.priority)} · ${CATEGORY_NAMES[r.category]} · from @${r.requester.username}${
            r.status === 'new' ? '' : ` · ${STATUS_NAMES[r.status]}`}`, 'Nothing new.'),
        '', '##### Waiting for triage', untriagedLine(open, link, now),
        '', '##### Open requests by category', ...breakdown(open, TRIAGE_CATEGORIES, CATEGORY_NAMES, (r) => r.category),
        '', '##### Open requests by area', ...breakdown(open, OWNERSHIP_AREAS, AREA_NAMES, (r) => r.area),
        '', '##### SLA breaches', ...bullets(breaches, (b) => `${link(b.request)} · ${b.why.join('; ')}`, 'None.'),
        '', '##### Done last week', ...bullets(done, (r) => `${link(r)}${r.owner ? ` · @${r.owner.username}` : ''}`, 'Nothing finished.'),
        '', '##### Decided since the last digest', decisionsLine(events, since, now),
    ].join('\n');
}
