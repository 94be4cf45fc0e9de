import {err, ok, type Result} from './result.js';

// Automatic intake (issue 6): a new root post by a person in an intake channel becomes a triage request.

// A Mattermost post as intake sees it; mattermost/intake_bot.ts maps the wire shape to it.
export type IntakePost = {
    id: string;
    channelId: string;
    userId: string;
    rootId: string;
    // '' for a message someone typed; system_* and custom_* posts come from Mattermost or a plugin.
    type: string;
    message: string;
    createAt: number;
    deleteAt: number;
    // Mattermost marks posts made by bot accounts and by incoming webhooks in their props.
    isFromBot: boolean;
    isFromWebhook: boolean;
};

export type IntakeScope = {botUserId: string; channelIds: ReadonlySet<string>};
export type SkipReason = 'other_channel' | 'reply' | 'deleted' | 'system' | 'own_post' | 'bot' | 'webhook' | 'empty';
export type IntakeDraft = {title: string; description: string};

// The whole filter as data: the first matching rule names why a post is not a request.
const SKIP_RULES: readonly (readonly [SkipReason, (post: IntakePost, scope: IntakeScope) => boolean])[] = [
    ['other_channel', (p, s) => !s.channelIds.has(p.channelId)],
    ['reply', (p) => p.rootId !== ''],
    ['deleted', (p) => p.deleteAt !== 0],
    ['system', (p) => p.type !== ''],
    ['own_post', (p, s) => p.userId === s.botUserId],
    ['bot', (p) => p.isFromBot],
    ['webhook', (p) => p.isFromWebhook],
];

export function intakeDraft(post: IntakePost, scope: IntakeScope): Result<IntakeDraft, SkipReason> {
    const rule = SKIP_RULES.find(([, applies]) => applies(post, scope));
    if (rule) {
        return err(rule[0]);
    }
    const title = intakeTitle(post.message);
    return title === '' ? err('empty') : ok({title, description: clip(post.message.trim(), DESCRIPTION_MAX)});
}

// The request's own limits (domain/triage_request.ts); the tests run drafts through its validation.
const TITLE_MAX = 80;
const DESCRIPTION_MAX = 4000;

// The first line with text, without Markdown marks, cut at a word: the title an SRE would have typed.
export function intakeTitle(message: string): string {
    const lines = message.split('\n').filter((line) => !line.trim().startsWith('```')).map(plainText);
    return clip(lines.find((line) => line !== '') ?? '', TITLE_MAX);
}

const plainText = (line: string) => line
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*/, '')
    .replace(/\*\*|__|~~|[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function clip(text: string, max: number): string {
    const chars = Array.from(text);
    if (chars.length <= max) {
        return text;
    }
    const cut = chars.slice(0, max - 1).join('');
    const lastSpace = cut.lastIndexOf(' ');
    return `${lastSpace > max / 4 ? cut.slice(0, lastSpace) : cut}…`;
}

/**
 * Where catch-up resumes in one channel. It lives in Mattermost (a preference of the bot), so every instance
 * and every restart share it, and its times are Mattermost's own clock, like the posts'. `enabledAt` is when
 * intake first watched the channel: posts from before that are history, never requests.
 */
export type IntakeCursor = {seenUntil: number; enabledAt: number};

// Posts are published about when they are created, not strictly in that order: a minute of overlap catches a
// late one, and the request's uniqueness by source post makes the re-read free of duplicates.
const OVERLAP_MS = 60_000;
// Intake switched back on after a long pause must not sweep weeks of old posts into the queue.
export const CATCH_UP_MAX_MS = 3 * 24 * 3_600_000;

export const newCursor = (now: number): IntakeCursor => ({seenUntil: now, enabledAt: now});

export const formatCursor = (cursor: IntakeCursor): string => JSON.stringify(cursor);

// null for a missing or unreadable value: the channel then starts from now, as on first use.
export function parseCursor(raw: string | undefined): IntakeCursor | null {
    try {
        const value: unknown = JSON.parse(raw ?? '');
        if (typeof value === 'object' && value !== null && 'seenUntil' in value && 'enabledAt' in value &&
            Number.isSafeInteger(value.seenUntil) && Number.isSafeInteger(value.enabledAt)) {
            return {seenUntil: Number(value.seenUntil), enabledAt: Number(value.enabledAt)};
        }
    } catch {
        // not JSON: treated like no cursor
    }
    return null;
}

export function catchUpSince(cursor: IntakeCursor, now: number): {since: number; isCapped: boolean} {
    const wanted = Math.max(cursor.seenUntil - OVERLAP_MS, cursor.enabledAt);
    const floor = now - CATCH_UP_MAX_MS;
    return wanted >= floor ? {since: wanted, isCapped: false} : {since: floor, isCapped: true};
}

// Mattermost's `since` answers every post changed after it (edits and deletions too): keep the ones created
// after it, oldest first, so requests are numbered in the order people asked.
export const postsToCatchUp = (posts: readonly IntakePost[], since: number): IntakePost[] =>
    posts.filter((p) => p.createAt > since).sort((a, b) => a.createAt - b.createAt || a.id.localeCompare(b.id));

export const advanceCursor = (cursor: IntakeCursor, createAt: number): IntakeCursor =>
    (createAt > cursor.seenUntil ? {...cursor, seenUntil: createAt} : cursor);
