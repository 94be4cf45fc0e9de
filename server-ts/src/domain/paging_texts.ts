import {clip, drillMark} from './incident_posts.js';
import type {Policy} from './paging_policy.js';
import {roundsOf, type Position} from './paging_state.js';

// What a page says, in DMs, in the incident channel and in the alert; pure so the wording is tested in one place.
export type PageFacts = {
    number: number;
    message: string;
    createdBy: string;
    targetName: string;
    // A drill's page says so in every text, so nobody mistakes it for an outage.
    incident: {number: number; title: string; isDrill: boolean} | null;
};

const mark = (p: PageFacts) => drillMark(p.incident?.isDrill ?? false);

const LINE_MAX = 160;
const line = (text: string) => clip(text.replace(/\s+/g, ' ').trim(), LINE_MAX);
export const mentions = (usernames: readonly string[]): string => (usernames.length === 0 ? 'nobody' : usernames.map((u) => `@${u}`).join(', '));

export function durationText(seconds: number): string {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60) {
        return `${s} s`;
    }
    if (s < 3600) {
        return s % 60 === 0 ? `${Math.floor(s / 60)} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
    }
    const minutes = Math.floor((s % 3600) / 60);
    return minutes === 0 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 3600)} h ${minutes} min`;
}

// "step 2 of 3, round 1 of 2", leaving out what has only one.
export function positionText(policy: Policy, at: Position): string {
    const parts = [
        ...(policy.steps.length > 1 ? [`step ${at.step + 1} of ${policy.steps.length}`] : []),
        ...(roundsOf(policy) > 1 ? [`round ${at.round + 1} of ${roundsOf(policy)}`] : []),
    ];
    return parts.join(', ');
}

const heading = (p: PageFacts) => {
    const incident = p.incident === null ? '' : ` · incident #${p.incident.number} ${line(p.incident.title)}`;
    // The blank line ends the quote: Markdown would otherwise fold the next line into it.
    return `**${mark(p)}Page #${p.number}** from @${p.createdBy} (${p.targetName}${incident}):\n> ${line(p.message)}\n`;
};

// The DM a paged person gets, above the Acknowledge / Escalate now buttons.
export function pageDmText(p: PageFacts, wait: {minutes: number; isLast: boolean; alertChannel: string}): string {
    const then = wait.isLast ? `it alerts ~${wait.alertChannel}` : 'it escalates to the next step';
    return `:rotating_light: ${heading(p)}\nAcknowledge within ${wait.minutes} min, or ${then}.`;
}

export type PageOutcome =
    | {kind: 'acknowledged'; by: string; mttaSeconds: number}
    | {kind: 'exhausted'; alertChannel: string}
    | {kind: 'cancelled'; by: string};

// What every DM of a page becomes once the page is over (its buttons go).
export function closedDmText(p: PageFacts, outcome: PageOutcome): string {
    return `${outcomeIcon(outcome)} ${heading(p)}\n${outcomeText(outcome)}`;
}

const outcomeIcon = (o: PageOutcome) => (o.kind === 'acknowledged' ? ':white_check_mark:' : o.kind === 'exhausted' ? ':warning:' : ':no_entry_sign:');

function outcomeText(o: PageOutcome): string {
    switch (o.kind) {
    case 'acknowledged':
        return `Acknowledged by @${o.by} after ${durationText(o.mttaSeconds)}.`;
    case 'exhausted':
        return `Nobody acknowledged: ~${o.alertChannel} was alerted.`;
    case 'cancelled':
        return `Cancelled by @${o.by}.`;
    }
}

export type IncidentNote =
    | {kind: 'sent'; users: readonly string[]}
    | {kind: 'escalated'; users: readonly string[]; by: string | null; waitMinutes: number}
    | {kind: 'outcome'; outcome: PageOutcome};

// What the bot posts in the incident's channel as the page moves.
export function incidentNoteText(p: PageFacts, note: IncidentNote): string {
    switch (note.kind) {
    case 'sent':
        return `:rotating_light: ${mark(p)}Paged ${mentions(note.users)} (page #${p.number}, ${p.targetName}): ${line(p.message)}`;
    case 'escalated': {
        const why = note.by === null ? `nobody acknowledged within ${note.waitMinutes} min` : `@${note.by} escalated it`;
        return `:arrow_double_up: Page #${p.number} escalated to ${mentions(note.users)}: ${why}.`;
    }
    case 'outcome':
        return `${outcomeIcon(note.outcome)} Page #${p.number}: ${outcomeText(note.outcome)}`;
    }
}

// The loud one: the last step of the last round went unanswered.
export function alertText(p: PageFacts, reached: readonly string[]): string {
    return `@channel :rotating_light: **${mark(p)}Nobody acknowledged page #${p.number}** from @${p.createdBy} (${p.targetName}):\n> ${line(p.message)}\n\n` +
        `${reached.length === 0 ? 'Nobody was on call to page' : `It reached ${mentions(reached)} and ran out of steps`}. ` +
        'An SRE, please acknowledge it here and take it.';
}
