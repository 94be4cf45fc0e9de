import type {TriageCategory} from '../contract/triage.js';
import type {NewFollowUpBody, RetroHighlight, RetroImpact, SaveRetrospectiveBody} from '../contract/retrospectives.js';
import {HIGHLIGHTS_MAX} from './retro_draft.js';
import {endOfDueDay} from './retro_deadline.js';
import {err, ok, type Result} from './result.js';
import {parseSeverity, parseTier} from './severity.js';
import {TRIAGE_CATEGORIES} from './triage_fields.js';

export type RetroContent = {summary: string; impact: RetroImpact; highlights: RetroHighlight[]; wentWell: string; wentBadly: string; causes: string;
    // A drill's gameday report (always '' for a real incident).
    injected: string; detected: string};
type Problems = Record<string, string>;

const TEXT_MAX = 10_000;
const HIGHLIGHT_MAX = 500;
const TITLE_MAX = 200;
const REPORT_MAX = 4000;
const length = (text: string) => Array.from(text).length;

function text(problems: Problems, field: string, raw: string | undefined, current: string, max = TEXT_MAX): string {
    if (raw === undefined) {
        return current;
    }
    const trimmed = raw.trim();
    if (length(trimmed) > max) {
        problems[field] = `${field} is ${length(trimmed)} characters: keep it to ${max}`;
    }
    return trimmed;
}

// The checked value, or the current one with the field's problem noted.
function pick<T>(problems: Problems, field: string, checked: Result<T, string>, current: T): T {
    if (checked.ok) {
        return checked.value;
    }
    problems[field] = checked.error;
    return current;
}

const seconds = (raw: number): Result<number, string> =>
    (Number.isInteger(raw) && raw >= 0 ? ok(raw) : err('the duration is a whole number of seconds, 0 or more'));

function impact(problems: Problems, raw: SaveRetrospectiveBody['impact'], current: RetroImpact): RetroImpact {
    return {
        durationSeconds: raw?.durationSeconds === undefined ? current.durationSeconds :
            pick(problems, 'impact.durationSeconds', seconds(raw.durationSeconds), current.durationSeconds),
        severity: raw?.severity === undefined ? current.severity : pick(problems, 'impact.severity', parseSeverity(raw.severity), current.severity),
        tier: raw?.tier === undefined ? current.tier : pick(problems, 'impact.tier', parseTier(raw.tier), current.tier),
        customerFacing: raw?.customerFacing ?? current.customerFacing,
    };
}

function highlights(problems: Problems, raw: SaveRetrospectiveBody['highlights'], current: RetroHighlight[]): RetroHighlight[] {
    if (raw === undefined) {
        return current;
    }
    if (raw.length > HIGHLIGHTS_MAX) {
        problems.highlights = `${raw.length} highlights: keep the ${HIGHLIGHTS_MAX} that matter`;
    }
    const next = raw.map((h, k) => {
        const at = new Date(h.at);
        const line = h.text.trim();
        if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(h.at)) {
            problems[`highlights.${k}.at`] = `"${h.at}" is not an instant: use ISO 8601, e.g. 2025-03-05T10:00:00Z`;
        } else if (line === '' || length(line) > HIGHLIGHT_MAX) {
            problems[`highlights.${k}.text`] = line === '' ? 'say what happened, or remove the line' : `keep a highlight to ${HIGHLIGHT_MAX} characters`;
        }
        return {at: Number.isNaN(at.getTime()) ? h.at : at.toISOString(), text: line};
    });
    return next.sort((a, b) => a.at.localeCompare(b.at));
}

// The gameday report's texts; a real incident has no report, so writing one there is a mistake to name.
function report(problems: Problems, field: 'injected' | 'detected', raw: string | undefined, current: string, isDrill: boolean): string {
    if (!isDrill && raw !== undefined && raw.trim() !== '') {
        problems[field] = 'only a drill has a gameday report: this incident is not a drill';
        return current;
    }
    return text(problems, field, raw, current, REPORT_MAX);
}

// An edit of the draft: missing fields stay as they are; every bad field is named, and nothing is applied unless all are right.
export function applyEdit(current: RetroContent, body: Omit<SaveRetrospectiveBody, 'version'>, isDrill: boolean): Result<RetroContent, Problems> {
    const problems: Problems = {};
    const next: RetroContent = {
        summary: text(problems, 'summary', body.summary, current.summary),
        impact: impact(problems, body.impact, current.impact),
        highlights: highlights(problems, body.highlights, current.highlights),
        wentWell: text(problems, 'wentWell', body.wentWell, current.wentWell),
        wentBadly: text(problems, 'wentBadly', body.wentBadly, current.wentBadly),
        causes: text(problems, 'causes', body.causes, current.causes),
        injected: report(problems, 'injected', body.injected, current.injected, isDrill),
        detected: report(problems, 'detected', body.detected, current.detected, isDrill),
    };
    return Object.keys(problems).length === 0 ? ok(next) : err(problems);
}

export type ValidFollowUp = {title: string; ownerUsername: string; dueAt: Date; category: TriageCategory; description: string};

const isCategory = (raw: string): raw is TriageCategory => (TRIAGE_CATEGORIES as string[]).includes(raw);

export function validateFollowUp(body: NewFollowUpBody, zone: string, now: Date): Result<ValidFollowUp, Problems> {
    const problems: Problems = {};
    const title = body.title.trim().replace(/\s+/g, ' ');
    if (title === '' || length(title) > TITLE_MAX) {
        problems.title = title === '' ? 'say what should be done' : `the title is ${length(title)} characters: keep it to ${TITLE_MAX}`;
    }
    const ownerUsername = body.ownerUsername.trim().replace(/^@/, '').toLowerCase();
    if (ownerUsername === '') {
        problems.ownerUsername = 'every follow-up needs an owner: name the person who will do it';
    }
    const due = endOfDueDay(body.dueDate, zone, now);
    if (!due.ok) {
        problems.dueDate = due.error;
    }
    const category = body.category.trim().toLowerCase();
    if (!isCategory(category)) {
        problems.category = `"${body.category}" is not a category: use ${TRIAGE_CATEGORIES.join(', ')}`;
    }
    const description = text(problems, 'description', body.description ?? '', '', 4000);
    if (!due.ok || !isCategory(category) || Object.keys(problems).length > 0) {
        return err(problems);
    }
    return ok({title, ownerUsername, dueAt: due.value, category, description});
}
