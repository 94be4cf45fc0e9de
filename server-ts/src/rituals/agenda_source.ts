import type {Kpis} from '../contract/kpis.js';
import type {Database} from '../db/database.js';
import {loadDigestInput} from '../db/digest_runs.js';
import {loadGamedayRows, loadReviewRows} from '../db/ritual_agenda_rows.js';
import {buildAgenda, type AgendaContent} from '../domain/ritual_agenda.js';
import {previousOccurrence} from '../domain/ritual_occurrences.js';
import type {SlaThresholds} from '../domain/triage_sla.js';
import type {KpiService} from '../kpis/kpi_service.js';
import {runbookContentUrl} from '../runbooks/runbook_hits.js';
import {agendaRitualOf, type ValidRitual} from './ritual_view.js';

export type AgendaSourceDeps = {
    db: Database;
    kpis: Pick<KpiService, 'report'>;
    // Mattermost's public address, which proxies /sre-toolkit (links in the agenda open through it).
    publicUrl: string;
    sla: SlaThresholds;
};
// One occurrence's agenda, written at `now` for the team whose channel it goes to (permalinks name the team).
type AgendaRequest = {ritual: ValidRitual; occurrenceAt: Date; now: Date; isLate: boolean; teamName: string};

const WEEK = 7 * 24 * 3_600_000;

export async function renderAgenda(deps: AgendaSourceDeps, request: AgendaRequest): Promise<string> {
    const {ritual, occurrenceAt, isLate} = request;
    return buildAgenda({ritual: agendaRitualOf(ritual.record), occurrenceAt, isLate}, await contentOf(deps, request));
}

async function contentOf(deps: AgendaSourceDeps, request: AgendaRequest): Promise<AgendaContent> {
    const {ritual, occurrenceAt, now, teamName} = request;
    // "Since the last one": the previous start by the cadence, whether or not its agenda was posted.
    const since = previousOccurrence(ritual.timing, occurrenceAt) ?? new Date(now.getTime() - WEEK);
    const timeZone = ritual.record.timeZone;
    const site = deps.publicUrl.replace(/\/+$/, '');
    switch (ritual.record.agenda) {
        case 'incident-review': {
            const rows = await loadReviewRows(deps.db, since, now);
            return {kind: 'incident-review', review: {since, now, timeZone, followUps: rows.followUps,
                incidents: rows.incidents.map((i) => ({...i, retroUrl: `${site}/sre-toolkit/api/v1/incidents/${i.id}/retrospective.md`})),
                runbooks: rows.runbooks.map((r) => ({...r, link: r.url ?? runbookContentUrl(deps.publicUrl, r.id)}))}};
        }
        case 'triage': {
            const {requests, events} = await loadDigestInput(deps.db, since);
            return {kind: 'triage', triage: {requests, events, options: {since, now, siteUrl: deps.publicUrl, teamName, thresholds: deps.sla}}};
        }
        case 'kpis':
            return {kind: 'kpis', kpis: {thisWeek: await kpisOf(deps, now.getTime() - WEEK, now.getTime()),
                lastWeek: await kpisOf(deps, now.getTime() - 2 * WEEK, now.getTime() - WEEK)}};
        case 'gameday':
            return {kind: 'gameday', gameday: {...await loadGamedayRows(deps.db, now), timeZone}};
        case 'none':
            return {kind: 'none'};
    }
}

// The range is ours and always valid; a refusal is a bug, thrown to the sweep (which gives the claim back).
async function kpisOf(deps: AgendaSourceDeps, from: number, to: number): Promise<Kpis> {
    const report = await deps.kpis.report({from: new Date(from).toISOString(), to: new Date(to).toISOString()});
    if (!report.ok) {
        throw new Error(`KPI report refused the agenda's range: ${report.error.message}`);
    }
    return report.value;
}
