import {DateTime} from 'luxon';
import type {RetrospectiveView} from '../contract/retrospectives.js';
import {CATEGORY_NAMES} from './triage_fields.js';
import {durationText} from './paging_texts.js';

const TIER_NAMES = {cloud: 'Cloud (user-facing)', community: 'Community', internal: 'Internal'} as const;
const NONE = '_Nothing written._';

// Written text is the author's Markdown; a blank section says so instead of vanishing, so readers see it was skipped.
const written = (text: string) => (text.trim() === '' ? NONE : text.trim());
const section = (title: string, body: string) => `### ${title}\n${written(body)}`;
const when = (iso: string, zone: string) => DateTime.fromISO(iso, {zone}).toFormat('yyyy-MM-dd HH:mm');
// A line break in a highlight would end its list item and spill into the next section.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export const retroTitle = (r: Pick<RetrospectiveView, 'isDrill' | 'incidentNumber' | 'incidentTitle'>): string =>
    `${r.isDrill ? 'DRILL · ' : ''}Retrospective: incident ${r.incidentNumber} — ${r.incidentTitle}`;

function impactLines(r: RetrospectiveView): string {
    const {impact} = r;
    return [
        `- **Duration:** ${durationText(impact.durationSeconds)}`,
        `- **Severity:** ${impact.severity.toUpperCase()}`,
        `- **Service tier:** ${impact.tier === null ? 'unknown' : TIER_NAMES[impact.tier]}`,
        `- **Customer-facing:** ${impact.customerFacing ? 'yes' : 'no'}`,
    ].join('\n');
}

// A drill's report: what was broken on purpose, how (and how fast) the team noticed, and what it leads to.
function gamedayReport(r: RetrospectiveView, zone: string): string | null {
    const {gameday} = r;
    if (gameday === null) {
        return null;
    }
    const detectedAt = gameday.detectedAt === null ? '' : ` (detected ${when(gameday.detectedAt, zone)} ${zone})`;
    const followUps = r.followUps.map((f) => `#${f.number} ${oneLine(f.title)}`).join(', ');
    return [
        '### Gameday report',
        [
            `- **Scenario:** ${gameday.scenario.trim() === '' ? '_not given_' : oneLine(gameday.scenario)}`,
            `- **Time to detect:** ${gameday.timeToDetectSeconds === null ? '_not recorded_' : durationText(gameday.timeToDetectSeconds)}${detectedAt}`,
            `- **Follow-ups:** ${followUps === '' ? 'none yet' : followUps}`,
        ].join('\n'),
        `**What was injected**\n${written(gameday.injected)}`,
        `**What was detected**\n${written(gameday.detected)}`,
    ].join('\n\n');
}

function followUpLines(r: RetrospectiveView): string {
    return r.followUps.map((f) => {
        const owner = f.owner === null ? 'no owner' : `@${f.owner.username}`;
        const due = f.dueDate === null ? '' : ` · due ${f.dueDate}${f.isOverdue ? ' (overdue)' : ''}`;
        return `- [${f.status === 'done' ? 'x' : ' '}] #${f.number} ${oneLine(f.title)} · ${owner}${due} · ${CATEGORY_NAMES[f.category]} · ${f.status}`;
    }).join('\n');
}

// The one rendering of a retrospective: the published post and the .md export are the same text.
export function renderRetrospective(r: RetrospectiveView, zone: string): string {
    const status = r.status === 'published' && r.publishedAt !== null ? `Published ${when(r.publishedAt, zone)} (${zone})` : 'Draft';
    const drill = r.isDrill ? '> :test_tube: **This was a drill** (chaos gameday): excluded from the KPIs.\n\n' : '';
    const timeline = r.highlights.map((h) => `- ${when(h.at, zone)} — ${oneLine(h.text)}`).join('\n');
    return [
        `## ${retroTitle(r)}`,
        `${drill}_${status}_`,
        section('Summary', r.summary),
        ...[gamedayReport(r, zone)].filter((part): part is string => part !== null),
        `### Impact\n${impactLines(r)}`,
        section(`Timeline (${zone})`, timeline),
        section('What went well', r.wentWell),
        section('What went badly', r.wentBadly),
        section('Contributing causes', r.causes),
        section('Follow-ups', followUpLines(r)),
    ].join('\n\n') + '\n';
}

// What ~cloud-sre-team learns of a private incident's review: that it exists, and whom to ask.
export function privateRetroNotice(r: Pick<RetrospectiveView, 'isDrill' | 'incidentNumber'>, commanderUsername: string): string {
    return `:lock: The retrospective of the private ${r.isDrill ? 'drill ' : ''}incident (${r.incidentNumber}) is published. ` +
        `Ask @${commanderUsername} if you need to read it.`;
}

export function retroReminderText(r: Pick<RetrospectiveView, 'isDrill' | 'incidentNumber' | 'incidentTitle'>, commanderUsername: string, businessDays: number): string {
    return `:memo: @${commanderUsername}, the retrospective of ${r.isDrill ? 'drill ' : ''}incident ${r.incidentNumber} (${r.incidentTitle}) ` +
        `is still a draft ${businessDays} business day${businessDays === 1 ? '' : 's'} after the resolution. ` +
        'Fill it in and publish it from the SRE Toolkit sidebar.';
}
