import {DateTime, IANAZone} from 'luxon';
import type {Severity} from '../contract/summary.js';
import {err, ok, type Result} from './result.js';
import {severityLabel} from './severity.js';

export const PLACEHOLDERS = ['title', 'slug', 'date', 'number', 'severity', 'tier', 'commander', 'template'] as const;
export type Placeholder = typeof PLACEHOLDERS[number];
// Every placeholder already formatted: {severity} is "SEV2", {commander} "@bob", {date} "2025-03-14".
export type PatternVars = Record<Placeholder, string>;

export type PatternFacts = {
    title: string;
    number: number;
    severity: Severity;
    tier: string;
    commanderUsername: string;
    templateName: string;
    now: Date;
    timeZone: string;
};

// A title without Latin letters or digits (emoji, CJK) still needs a slug for the channel name.
const FALLBACK_SLUG = 'incident';

export function patternVars(facts: PatternFacts): Result<PatternVars, string> {
    if (!IANAZone.isValidZone(facts.timeZone)) {
        return err(`unknown time zone "${facts.timeZone}"`);
    }
    const slug = slugify(facts.title);
    return ok({
        title: facts.title,
        slug: slug.length >= 2 ? slug : FALLBACK_SLUG,
        // The team's calendar day, not UTC's: an incident at 01:00 in Berlin belongs to that Berlin date.
        date: DateTime.fromJSDate(facts.now, {zone: facts.timeZone}).toFormat('yyyy-MM-dd'),
        number: String(facts.number),
        severity: severityLabel(facts.severity),
        tier: facts.tier,
        commander: `@${facts.commanderUsername}`,
        template: facts.templateName,
    });
}

// Identifier-like only, so code in a first post (`{.items[*].metadata.name}`, JSON) stays literal.
const PLACEHOLDER = /\{([a-z_]+)\}/gi;
const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);
const ALL_PLACEHOLDERS = PLACEHOLDERS.map((p) => `{${p}}`).join(' ');

function unknownPlaceholders(pattern: string): string[] {
    const names = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !isPlaceholder(name));
    return [...new Set(names)];
}

export function renderPattern(pattern: string, vars: PatternVars): Result<string, string> {
    const unknown = unknownPlaceholders(pattern);
    if (unknown.length > 0) {
        const named = unknown.map((u) => `{${u}}`).join(', ');
        return err(`unknown placeholder${unknown.length > 1 ? 's' : ''} ${named}: use ${ALL_PLACEHOLDERS}`);
    }
    // One pass, so a title that itself contains "{slug}" is not expanded again.
    return ok(pattern.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? vars[name] : whole)));
}

const CHANNEL_NAME_MAX = 64;
const SLUG_MAX = 40;
// Letters NFKD does not split into a base letter and accents.
const LETTERS: Record<string, string> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i'};

function foldToAscii(text: string): string {
    return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? c);
}

const trimSeparators = (s: string) => s.replace(/^[-_]+|[-_]+$/g, '');

// Lower-case a-z0-9 with single '-' or '_' between words; a mixed run of separators becomes '-'.
function toNameChars(text: string, allowed: RegExp): string {
    const replaced = foldToAscii(text).replace(allowed, '-');
    return trimSeparators(replaced.replace(/[-_]{2,}/g, (run) => (run.includes('-') ? '-' : '_')));
}

// Cut at a word boundary when one is near, so "database-latency-hi" does not end mid-word.
function cut(name: string, max: number): string {
    if (name.length <= max) {
        return name;
    }
    const hard = name.slice(0, max);
    const boundary = Math.max(hard.lastIndexOf('-'), hard.lastIndexOf('_'));
    const midWord = /[a-z0-9]/.test(name.charAt(max));
    return trimSeparators(midWord && boundary >= max * 0.6 ? hard.slice(0, boundary) : hard);
}

export function slugify(title: string): string {
    return cut(toNameChars(title, /[^a-z0-9]+/g), SLUG_MAX);
}

const CHANNEL_NAME = /^[a-z0-9][a-z0-9_-]*[a-z0-9]$/;

// Mattermost's rule for channel names (model.channel.is_valid.name).
export function isValidChannelName(name: string): boolean {
    return name.length <= CHANNEL_NAME_MAX && CHANNEL_NAME.test(name);
}

export function renderChannelName(pattern: string, vars: PatternVars): Result<string, string> {
    const rendered = renderPattern(pattern, vars);
    if (!rendered.ok) {
        return rendered;
    }
    const name = cut(toNameChars(rendered.value, /[^a-z0-9_-]+/g), CHANNEL_NAME_MAX);
    if (!isValidChannelName(name)) {
        return err(`renders to "${rendered.value}", which leaves no channel name: it needs at least two letters or digits (add {slug}, {number} or {date})`);
    }
    return ok(name);
}

// base, base-2, base-3 … each shortened so the suffix still fits in 64 characters.
export function* channelNameCandidates(base: string): Generator<string, never> {
    yield base;
    for (let n = 2; ; n++) {
        const suffix = `-${n}`;
        yield `${trimSeparators(base.slice(0, CHANNEL_NAME_MAX - suffix.length))}${suffix}`;
    }
}

export function uniqueChannelName(base: string, isTaken: (name: string) => boolean, maxTries = 1000): Result<string, string> {
    let tries = 0;
    for (const name of channelNameCandidates(base)) {
        if (!isTaken(name)) {
            return ok(name);
        }
        if (++tries >= maxTries) {
            break;
        }
    }
    return err(`no free channel name after ${maxTries} tries starting from "${base}"`);
}
