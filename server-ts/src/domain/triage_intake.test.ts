import {describe, expect, it} from 'vitest';
import {
    advanceCursor, CATCH_UP_MAX_MS, catchUpSince, formatCursor, intakeDraft, intakeTitle, newCursor, parseCursor, postsToCatchUp,
    type IntakeCursor, type IntakePost, type SkipReason,
} from './triage_intake.js';
import {validateNewRequest} from './triage_request.js';

const BOT = 'u-bot';
const scope = {botUserId: BOT, channelIds: new Set(['ch-support', 'ch-help'])};
const post = (over: Partial<IntakePost> = {}): IntakePost => ({
    id: 'p1', channelId: 'ch-support', userId: 'u-carol', rootId: '', type: '', message: 'Could we automate the certificate rotation?',
    createAt: 1_000, deleteAt: 0, isFromBot: false, isFromWebhook: false, ...over,
});

describe('intakeDraft', () => {
    it.each<[string, Partial<IntakePost>]>([
        ['a root post by a person', {}],
        ['a root post in the second intake channel', {channelId: 'ch-help'}],
    ])('takes %s', (_name, over) =>
        expect(intakeDraft(post(over), scope)).toEqual({ok: true, value: {title: 'Could we automate the certificate rotation?',
            description: 'Could we automate the certificate rotation?'}}));

    it.each<[string, Partial<IntakePost>, SkipReason]>([
        ['a post in another channel', {channelId: 'ch-town-square'}, 'other_channel'],
        ['a reply in a thread', {rootId: 'p0'}, 'reply'],
        ['a deleted post', {deleteAt: 2_000}, 'deleted'],
        ['a join message', {type: 'system_join_channel'}, 'system'],
        ['a plugin\'s custom post', {type: 'custom_poll'}, 'system'],
        ['the bot\'s own post', {userId: BOT}, 'own_post'],
        ['the bot\'s own post even without from_bot', {userId: BOT, isFromBot: false}, 'own_post'],
        ['another bot\'s post', {userId: 'u-jira', isFromBot: true}, 'bot'],
        ['an incoming webhook\'s post', {isFromWebhook: true}, 'webhook'],
        ['an empty message (a file only)', {message: ''}, 'empty'],
        ['only whitespace and marks', {message: '  \n**  **\n> '}, 'empty'],
        ['a reply by a bot: the first rule names it', {rootId: 'p0', isFromBot: true}, 'reply'],
    ])('skips %s', (_name, over, reason) => expect(intakeDraft(post(over), scope)).toEqual({ok: false, error: reason}));

    it('keeps the whole message as the description, clipped to what a request holds', () => {
        const long = `Title line\n${'x'.repeat(5000)}`;
        const draft = intakeDraft(post({message: `  ${long}  `}), scope);
        expect(draft.ok && Array.from(draft.value.description)).toHaveLength(4000);
        expect(draft.ok && draft.value.description.startsWith('Title line\nxxx')).toBe(true);
        expect(draft.ok && validateNewRequest(draft.value).ok).toBe(true);
    });
});

describe('intakeTitle', () => {
    it.each<[string, string]>([
        ['Ingress 502s on acme-prod\nDetails follow', 'Ingress 502s on acme-prod'],
        ['\n\n   Please add an alert  \n', 'Please add an alert'],
        ['## **Urgent**: `db-3` is __down__', 'Urgent: db-3 is down'],
        ['> quoted ask\nmore', 'quoted ask'],
        ['- first bullet\n- second', 'first bullet'],
        ['1. step one', 'step one'],
        ['```\nerror: disk full on node-4\n```', 'error: disk full on node-4'],
        ['```bash\nkubectl get pods\n```', 'kubectl get pods'],
        ['keeps snake_case and ~channel and @carol', 'keeps snake_case and ~channel and @carol'],
        [`${'word '.repeat(30)}end`, `${'word '.repeat(15).trim()}…`],
        ['x'.repeat(100), `${'x'.repeat(79)}…`],
        ['', ''],
    ])('%j → %j', (message, title) => expect(intakeTitle(message)).toBe(title));

    it('always gives a title the request accepts', () => {
        for (const message of ['é'.repeat(300), 'long '.repeat(100), 'Fine title']) {
            expect(validateNewRequest({title: intakeTitle(message)}).ok).toBe(true);
        }
    });
});

describe('the catch-up cursor', () => {
    const NOW = 10 * CATCH_UP_MAX_MS;
    const MINUTE = 60_000;

    it.each<[string, IntakeCursor, {since: number; isCapped: boolean}]>([
        ['resumes a minute before the last post seen', {seenUntil: NOW - 10 * MINUTE, enabledAt: 0}, {since: NOW - 11 * MINUTE, isCapped: false}],
        ['never reaches back before intake was enabled', {seenUntil: NOW - 10 * MINUTE, enabledAt: NOW - 10 * MINUTE},
            {since: NOW - 10 * MINUTE, isCapped: false}],
        ['starts at now for a fresh cursor', newCursor(NOW), {since: NOW, isCapped: false}],
        ['stops at the cap after a long pause', {seenUntil: NOW - 2 * CATCH_UP_MAX_MS, enabledAt: 0}, {since: NOW - CATCH_UP_MAX_MS, isCapped: true}],
        ['takes the whole window at the cap exactly', {seenUntil: NOW - CATCH_UP_MAX_MS + MINUTE, enabledAt: 0},
            {since: NOW - CATCH_UP_MAX_MS, isCapped: false}],
    ])('%s', (_name, cursor, expected) => expect(catchUpSince(cursor, NOW)).toEqual(expected));

    it.each<[string, string | undefined, IntakeCursor | null]>([
        ['its own format', formatCursor({seenUntil: 1_700_000_000_123, enabledAt: 1_600_000_000_000}),
            {seenUntil: 1_700_000_000_123, enabledAt: 1_600_000_000_000}],
        ['nothing stored', undefined, null],
        ['not JSON', 'yesterday', null],
        ['a missing field', '{"seenUntil": 5}', null],
        ['a fractional time', '{"seenUntil": 5.5, "enabledAt": 1}', null],
        ['a string time', '{"seenUntil": "5", "enabledAt": 1}', null],
        ['JSON null', 'null', null],
    ])('reads %s', (_name, raw, expected) => expect(parseCursor(raw)).toEqual(expected));

    it('only moves forward', () => {
        const cursor = {seenUntil: 500, enabledAt: 100};
        expect(advanceCursor(cursor, 700)).toEqual({seenUntil: 700, enabledAt: 100});
        expect(advanceCursor(cursor, 300)).toBe(cursor);
    });

    it('catches up posts created after `since`, oldest first, and leaves older ones that were only edited', () => {
        const posts = [post({id: 'c', createAt: 300}), post({id: 'old-edited', createAt: 50}), post({id: 'a', createAt: 200}),
            post({id: 'b', createAt: 200}), post({id: 'at-since', createAt: 100})];
        expect(postsToCatchUp(posts, 100).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    });
});
