import type {TriagePriority} from '../contract/summary.js';
import type {OwnershipArea, TriageCategory, TriageStatus} from '../contract/triage.js';
import {err, ok, type Result} from './result.js';

export const TRIAGE_PRIORITIES: readonly TriagePriority[] = ['p1', 'p2', 'p3', 'p4'];
export const TRIAGE_STATUSES: readonly TriageStatus[] = ['new', 'accepted', 'in_progress', 'done', 'declined', 'duplicate'];
export const CLOSED_STATUSES: readonly TriageStatus[] = ['done', 'declined', 'duplicate'];

// Display names as the team writes its OKRs; ids stay stable when a name is reworded.
export const CATEGORY_NAMES: Readonly<Record<TriageCategory, string>> = {
    reliability: 'Reliability & Resiliency',
    availability_cost: 'Availability & Cost Optimisation',
    automation: 'Automation',
    security: 'Security',
    documentation: 'Documentation',
    ktlo: 'Keep the lights on',
};
export const TRIAGE_CATEGORIES = Object.keys(CATEGORY_NAMES) as TriageCategory[];

export const AREA_NAMES: Readonly<Record<OwnershipArea, string>> = {
    cloud: 'Cloud user-facing services',
    community: 'Community server',
    internal_platform: 'Internal Cloud Platform',
};
export const OWNERSHIP_AREAS = Object.keys(AREA_NAMES) as OwnershipArea[];

export const STATUS_NAMES: Readonly<Record<TriageStatus, string>> = {
    new: 'new', accepted: 'accepted', in_progress: 'in progress', done: 'done', declined: 'declined', duplicate: 'duplicate',
};

export const isClosed = (status: TriageStatus): boolean => CLOSED_STATUSES.includes(status);

// People type "P2", "p 2" or "2" in dialogs and slash commands; all mean the same.
const PRIORITY = /^(?:p\s*)?([1-4])$/i;

export function parsePriority(raw: string): Result<TriagePriority, string> {
    const digit = PRIORITY.exec(raw.trim())?.[1];
    return digit === undefined ? err(`"${raw.trim()}" is not a priority: use P1 (most urgent) to P4`) : ok(`p${digit}` as TriagePriority);
}

// Ids come from the webapp, display names from people typing in a dialog: accept both, any case.
const byIdOrName = <K extends string>(names: Readonly<Record<K, string>>, raw: string): K | undefined => {
    const wanted = raw.trim().toLowerCase();
    return (Object.keys(names) as K[]).find((k) => k === wanted || names[k].toLowerCase() === wanted);
};

export function parseCategory(raw: string): Result<TriageCategory, string> {
    const category = byIdOrName(CATEGORY_NAMES, raw);
    return category ? ok(category) : err(`"${raw.trim()}" is not a category: use ${Object.values(CATEGORY_NAMES).join(', ')}`);
}

export function parseArea(raw: string): Result<OwnershipArea, string> {
    const area = byIdOrName(AREA_NAMES, raw);
    return area ? ok(area) : err(`"${raw.trim()}" is not an ownership area: use cloud, community or internal_platform`);
}

export const priorityLabel = (priority: TriagePriority): string => priority.toUpperCase();

const QUARTER = /^(\d{4})\s*-?\s*q([1-4])$/i;

// Empty clears the quarter; "2025-Q3", "2025 q3" and "2025Q3" are all stored as 2025-Q3.
export function parseQuarter(raw: string): Result<string | null, string> {
    if (raw.trim() === '') {
        return ok(null);
    }
    const m = QUARTER.exec(raw.trim());
    return m ? ok(`${m[1] ?? ''}-Q${m[2] ?? ''}`) : err(`"${raw.trim()}" is not a quarter: write it like 2025-Q3`);
}

const LABEL_MAX = 40;
const LABELS_MAX = 10;

export function parseLabels(raw: readonly string[]): Result<string[], string> {
    const labels = [...new Set(raw.map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))];
    const long = labels.find((l) => Array.from(l).length > LABEL_MAX);
    if (long !== undefined) {
        return err(`the label "${long}" is longer than ${LABEL_MAX} characters`);
    }
    return labels.length > LABELS_MAX ? err(`${labels.length} labels: keep it to ${LABELS_MAX}`) : ok(labels);
}

// Raw as typed; a missing field is left as it is, an empty area or quarter clears it.
export type FieldInput = {priority?: string; category?: string; area?: string; quarter?: string; labels?: readonly string[]};
export type FieldValues = {
    priority?: TriagePriority; category?: TriageCategory; area?: OwnershipArea | null; quarter?: string | null; labels?: string[];
};

const parseAreaOrNone = (raw: string): Result<OwnershipArea | null, string> => (raw.trim() === '' ? ok(null) : parseArea(raw));

function parsed<R, T>(problems: Record<string, string>, field: string, raw: R | undefined, parse: (raw: R) => Result<T, string>): T | undefined {
    if (raw === undefined) {
        return undefined;
    }
    const result = parse(raw);
    if (!result.ok) {
        problems[field] = result.error;
        return undefined;
    }
    return result.value;
}

// Every bad field is named at once, so a form can mark them all in one round trip.
export function checkFields(input: FieldInput): Result<FieldValues, Record<string, string>> {
    const problems: Record<string, string> = {};
    const values: FieldValues = {
        priority: parsed(problems, 'priority', input.priority, parsePriority),
        category: parsed(problems, 'category', input.category, parseCategory),
        area: parsed(problems, 'area', input.area, parseAreaOrNone),
        quarter: parsed(problems, 'quarter', input.quarter, parseQuarter),
        labels: parsed(problems, 'labels', input.labels, parseLabels),
    };
    return Object.keys(problems).length === 0 ? ok(values) : err(problems);
}
