import {DateTime} from 'luxon';

import type {ServiceTier} from '../../../../server-ts/src/contract/incidents';
import type {RetrospectiveView, SaveRetrospectiveBody} from '../../../../server-ts/src/contract/retrospectives';
import type {Severity} from '../../../../server-ts/src/contract/summary';
import {err, ok, type Result} from '../../api/result';

// `local` is what a datetime-local input shows (the viewer's zone, to the minute); `at` the instant it stands for,
// kept exact while the time is not touched, '' while the input holds no valid time.
export type HighlightDraft = {key: string; at: string; local: string; text: string};

/** The editable part of a retrospective, as the form holds it; `version` is the one the edits started from. */
export type RetroDraft = {
    version: number;
    summary: string;
    durationSeconds: number;
    durationMinutes: string;
    severity: Severity;
    tier: ServiceTier | null;
    customerFacing: boolean;
    highlights: HighlightDraft[];
    wentWell: string;
    wentBadly: string;
    causes: string;
    // Drills only: what the gameday broke and how it was found.
    report: {injected: string; detected: string} | null;
};

// What the form itself refuses before asking the companion, by the field path the companion would name.
export type DraftProblems = Record<string, 'duration' | 'time'>;

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";
const minutesOf = (seconds: number) => String(Math.round(seconds / 60));

export const localOf = (iso: string): string => {
    const at = DateTime.fromISO(iso);
    return at.isValid ? at.toFormat(LOCAL_FORMAT) : '';
};

export function highlightAt(key: string, local: string, text: string): HighlightDraft {
    const at = DateTime.fromFormat(local, LOCAL_FORMAT);
    return {key, local, text, at: at.isValid ? at.toUTC().toISO() : ''};
}

export function draftOf(r: RetrospectiveView): RetroDraft {
    return {
        version: r.version, summary: r.summary, durationSeconds: r.impact.durationSeconds, durationMinutes: minutesOf(r.impact.durationSeconds),
        severity: r.impact.severity, tier: r.impact.tier, customerFacing: r.impact.customerFacing,
        highlights: r.highlights.map((h, k) => ({key: `h${k}`, at: h.at, local: localOf(h.at), text: h.text})),
        wentWell: r.wentWell, wentBadly: r.wentBadly, causes: r.causes,
        report: r.gameday ? {injected: r.gameday.injected, detected: r.gameday.detected} : null,
    };
}

// Whole minutes in the form; the stored seconds stay exact unless the minutes were changed.
function durationOf(draft: RetroDraft): number | null {
    if (draft.durationMinutes.trim() === minutesOf(draft.durationSeconds)) {
        return draft.durationSeconds;
    }
    return /^\d+$/.test(draft.durationMinutes.trim()) ? Number(draft.durationMinutes.trim()) * 60 : null;
}

/** The PUT body for a draft, or the fields the companion would refuse anyway, named as it names them. */
export function bodyOf(draft: RetroDraft): Result<SaveRetrospectiveBody, DraftProblems> {
    const problems: DraftProblems = {};
    const durationSeconds = durationOf(draft);
    if (durationSeconds === null) {
        problems['impact.durationSeconds'] = 'duration';
    }
    draft.highlights.forEach((h, k) => {
        if (h.at === '') {
            problems[`highlights.${k}.at`] = 'time';
        }
    });
    if (durationSeconds === null || Object.keys(problems).length > 0) {
        return err(problems);
    }
    const {version, summary, severity, tier, customerFacing, wentWell, wentBadly, causes, report} = draft;
    return ok({
        version, summary, wentWell, wentBadly, causes, ...(report ?? {}),
        impact: {durationSeconds, severity, customerFacing, ...(tier === null ? {} : {tier})},
        highlights: draft.highlights.map(({at, text}) => ({at, text})),
    });
}

/** Whether the form holds edits the stored retrospective does not have. */
export function isDirty(draft: RetroDraft, stored: RetrospectiveView): boolean {
    const mine = bodyOf(draft);
    const theirs = bodyOf(draftOf(stored));
    return !mine.ok || !theirs.ok || JSON.stringify({...mine.value, version: 0}) !== JSON.stringify({...theirs.value, version: 0});
}
