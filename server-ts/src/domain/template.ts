import type {ChecklistStep, ServiceTier, TemplateInput, UpdateIntervals} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {isValidChannelName, patternVars, renderChannelName, slugify} from './patterns.js';
import {err, ok, type Result} from './result.js';
import {parseTier, SEVERITIES, tierDefaultSeverity} from './severity.js';
import {renderTemplate, sampleFacts} from './template_render.js';
import {isWebUrl} from './web_url.js';
import {isUuid} from './uuid.js';

export type ValidTemplate = Omit<TemplateInput, 'tier'> & {tier: ServiceTier; defaultSeverity: Severity};
type Field = keyof TemplateInput;
type Problems = Partial<Record<Field, string>>;

// Mattermost's limits for channel headers and purposes, and a post size that stays readable.
export const HEADER_MAX = 1024;
export const PURPOSE_MAX = 250;
const FIRST_POST_MAX = 4000;
const MEMBERS_MAX = 50;
const BROADCASTS_MAX = 10;
const STEPS_MAX = 30;
const USERNAME = /^[a-z0-9._-]{1,22}$/;
// Validation renders at a fixed instant in UTC: the outcome must not depend on when the SRE saves.
const SAMPLE_NOW = new Date('2025-01-15T12:00:00Z');
// The least a declaration can bring to a channel name: a title without Latin letters or digits, a one-digit
// number, a commander whose username has no letters left after folding. A pattern that names this one names any.
const BAREST = {title: '🔥🚒', number: 1, commanderUsername: '_'};

export function validateTemplate(input: TemplateInput): Result<ValidTemplate, Record<string, string>> {
    const name = input.name.trim();
    const description = input.description.trim();
    const tier = parseTier(input.tier);
    const defaultMembers = normalizeNames(input.defaultMembers, '@');
    const broadcastChannels = normalizeNames(input.broadcastChannels, '~');
    const checklist = input.checklist.map((s) => ({title: s.title.trim(), runbookUrl: s.runbookUrl?.trim() || null, runbookId: s.runbookId?.trim() || null}));
    const problems: Record<string, string | undefined> = {
        name: name.length < 3 || name.length > 60 ? `name is ${name.length} characters: use 3 to 60` : undefined,
        description: description.length > 300 ? `description is ${description.length} characters: keep it to 300` : undefined,
        tier: tier.ok ? undefined : tier.error,
        ...textProblems(input, tier.ok ? tierDefaultSeverity(tier.value) : 'sev1'),
        defaultMembers: listProblem(defaultMembers, MEMBERS_MAX, 'members', (u) => USERNAME.test(u) ? null
            : `"${u}" is not a username: use lower-case letters, digits, '.', '_' or '-' (at most 22)`),
        broadcastChannels: listProblem(broadcastChannels, BROADCASTS_MAX, 'channels', (c) => isValidChannelName(c) ? null
            : `"${c}" is not a channel name: use the name from the channel's URL, e.g. incidents`),
        checklist: listProblem(checklist, STEPS_MAX, 'steps', stepProblem),
        ...runbookIdProblems(checklist),
        updateIntervalMinutes: intervalProblem(input.updateIntervalMinutes),
    };
    const named = Object.fromEntries(Object.entries(problems).filter((e): e is [string, string] => e[1] !== undefined));
    if (!tier.ok || Object.keys(named).length > 0) {
        return err(named);
    }
    return ok({...input, name, description, tier: tier.value, defaultSeverity: tierDefaultSeverity(tier.value),
        defaultMembers, broadcastChannels, checklist});
}

export function slugifyTemplateName(name: string): string {
    const slug = slugify(name);
    return slug.length >= 2 ? slug : 'template';
}

function textProblems(input: TemplateInput, severity: Severity): Problems {
    const typical = patternVars(sampleFacts(input, severity, SAMPLE_NOW, 'UTC'));
    const barest = patternVars({...sampleFacts(input, severity, SAMPLE_NOW, 'UTC'), ...BAREST});
    if (!typical.ok || !barest.ok) {
        throw new Error('sample facts use UTC, which is always a valid zone');
    }
    const rendered = renderTemplate(input, typical.value);
    if (!rendered.ok) {
        return rendered.error;
    }
    const {header, purpose, firstPost} = rendered.value;
    const tooLong = (what: string, text: string, max: number) =>
        text.length > max ? `${what} is ${text.length} characters with a sample incident filled in: keep it to ${max}` : undefined;
    return {
        channelNamePattern: renderChannelName(input.channelNamePattern, barest.value).ok ? undefined
            : `incident 1 titled "${BAREST.title}" would get no channel name: add {slug} or {date}, or letters of your own`,
        headerPattern: tooLong('header', header, HEADER_MAX),
        purposePattern: tooLong('purpose', purpose, PURPOSE_MAX),
        firstPost: tooLong('first post', firstPost, FIRST_POST_MAX),
    };
}

// People paste "@alice, Bob" or "~incidents": keep what they meant, once each.
function normalizeNames(names: readonly string[], sigil: string): string[] {
    const cleaned = names.map((n) => n.trim().replace(new RegExp(`^\\${sigil}`), '').toLowerCase()).filter((n) => n !== '');
    return [...new Set(cleaned)];
}

function listProblem<T>(items: readonly T[], max: number, noun: string, problemOf: (item: T, index: number) => string | null) {
    if (items.length > max) {
        return `${items.length} ${noun}: keep it to ${max}`;
    }
    const problems = items.map(problemOf).filter((p): p is string => p !== null);
    return problems.length > 0 ? problems.join('; ') : undefined;
}

function stepProblem(step: ChecklistStep, index: number): string | null {
    const at = `step ${index + 1}`;
    if (step.title.length < 1 || step.title.length > 120) {
        return step.title === '' ? `${at}: give the step a title` : `${at}: title is ${step.title.length} characters: keep it to 120`;
    }
    if (step.runbookUrl !== null && !isWebUrl(step.runbookUrl)) {
        return `${at}: runbook link "${step.runbookUrl}" must be a full http:// or https:// address`;
    }
    return null;
}

// Whether the runbook exists is the service's question (it needs the library); here only the id's shape.
function runbookIdProblems(steps: readonly ChecklistStep[]): Record<string, string> {
    const malformed = steps.map((step, index) => ({id: step.runbookId ?? null, index})).filter(({id}) => id !== null && !isUuid(id));
    return Object.fromEntries(malformed.map(({index}) => [`checklist[${index}].runbookId`, 'not a runbook id: choose the runbook from the library']));
}

function intervalProblem(intervals: UpdateIntervals): string | undefined {
    const bad = SEVERITIES.filter((s) => !Number.isInteger(intervals[s]) || intervals[s] < 5 || intervals[s] > 1440)
        .map((s) => `${s.toUpperCase()} every ${intervals[s]} minutes`);
    return bad.length > 0 ? `${bad.join(', ')}: use whole minutes from 5 to 1440 (24 hours)` : undefined;
}
