import type {CompiledSchedule} from './oncall_compile.js';
import {oncallAt} from './oncall_now.js';

export type Handoff = {at: Date; fromUsers: string[]; toUsers: string[]};

const sameUsers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((u, i) => u === b[i]);

/**
 * The hand-offs in (from, to]: instants where who is on call changes, gaps included (someone → nobody is a
 * hand-off the team must hear about). Edges where the same person continues (a layer shift becoming an
 * override of theirs) are not hand-offs. At most `limit`, oldest first.
 */
export function handoffsBetween(schedule: CompiledSchedule, from: Date, to: Date, limit: number): Handoff[] {
    const handoffs: Handoff[] = [];
    let current = oncallAt(schedule, from);
    while (current.until !== null && current.until <= to && handoffs.length < limit) {
        const next = oncallAt(schedule, current.until);
        if (!sameUsers(current.users, next.users)) {
            handoffs.push({at: current.until, fromUsers: current.users, toUsers: next.users});
        }
        current = next;
    }
    return handoffs;
}

// The first hand-off strictly after `now`, for waking the hand-off job on time; null when none is coming.
export const nextHandoffAfter = (schedule: CompiledSchedule, now: Date, horizon: Date): Date | null =>
    handoffsBetween(schedule, now, horizon, 1)[0]?.at ?? null;

export type HandoffContext = {
    scheduleName: string;
    isLate: boolean;
    openIncidents: {number: number; title: string; severity: string; channelName: string}[];
    untriagedP1: {number: number; title: string}[];
};

const people = (users: readonly string[]) => (users.length === 0 ? '**nobody** :warning:' : users.map((u) => `@${u}`).join(', '));

export function handoffText(handoff: Handoff, c: HandoffContext): string {
    const late = c.isLate ? ` _(late notice: the hand-off was at ${handoff.at.toISOString().slice(0, 16).replace('T', ' ')} UTC)_` : '';
    const lines = [`#### On-call hand-off (${c.scheduleName}): ${people(handoff.fromUsers)} → ${people(handoff.toUsers)}${late}`];
    if (handoff.toUsers.length === 0) {
        lines.push('Nobody is on call now: this is a gap in the schedule. Take over from the SRE Toolkit sidebar or `/sre oncall`.');
    }
    lines.push('', c.openIncidents.length === 0 ? 'Open incidents: none.' : `Open incidents (${c.openIncidents.length}):`);
    lines.push(...c.openIncidents.map((i) => `- ${i.severity.toUpperCase()} #${i.number} ${i.title} ~${i.channelName}`));
    lines.push(c.untriagedP1.length === 0 ? 'Untriaged P1 requests: none.' : `Untriaged P1 requests (${c.untriagedP1.length}):`);
    lines.push(...c.untriagedP1.map((r) => `- #${r.number} ${r.title}`));
    return lines.join('\n');
}
