import {afterEach, describe, expect, it, vi} from 'vitest';
import type {NewTriageRequestBody} from '../contract/triage.js';
import {err, ok, type Result} from '../domain/result.js';
import type {IntakeCursor, IntakePost} from '../domain/triage_intake.js';
import type {Actor} from '../incidents/access.js';
import type {MattermostFailure} from '../mattermost/bot_client.js';
import type {SocketEvent} from '../mattermost/bot_websocket.js';
import type {IntakeBot} from '../mattermost/intake_bot.js';
import {startAutoIntake, type AutoIntake} from './auto_intake.js';
import {UNREACHABLE, type FieldErrors} from './triage_deps.js';
import type {CreatedRequest} from './triage_service.js';

const NOW = 1_000_000_000;
const BOT = {id: 'u-bot', username: 'sre-bot'};
const down: MattermostFailure = {kind: 'unreachable', status: null, message: 'ECONNREFUSED'};

// An in-memory Mattermost for intake: two teams, a public and a private channel, the bot's preferences.
function fakeMattermost() {
    const channels = [
        {teamId: 't-sre', id: 'ch-support', name: 'cloud-support', isPrivate: false},
        {teamId: 't-sre', id: 'ch-secret', name: 'sre-private', isPrivate: true},
        {teamId: 't-other', id: 'ch-other-support', name: 'cloud-support', isPrivate: false},
    ];
    const state = {posts: [] as IntakePost[], cursors: new Map<string, IntakeCursor>(), joined: [] as string[], sinceAsked: [] as number[],
        failures: new Map<keyof IntakeBot, number>(), gate: Promise.resolve()};
    const answer = <T>(method: keyof IntakeBot, value: () => T): Promise<Result<T, MattermostFailure>> => {
        const left = state.failures.get(method) ?? 0;
        state.failures.set(method, left - 1);
        return Promise.resolve(left > 0 ? err(down) : ok(value()));
    };
    const bot: IntakeBot = {
        getMe: async () => {
            await state.gate;
            return answer('getMe', () => BOT);
        },
        getMyTeams: () => answer('getMyTeams', () => [{id: 't-sre', name: 'sre'}, {id: 't-other', name: 'other'}]),
        getChannelByName: (teamId, name) => answer('getChannelByName', () => channels.find((c) => c.teamId === teamId && c.name === name) ?? null),
        joinChannel: (channelId) => answer('joinChannel', () => {
            state.joined.push(channelId);
            return true as const;
        }),
        postsSince: (channelId, since) => answer('postsSince', () => {
            state.sinceAsked.push(since);
            return state.posts.filter((p) => p.channelId === channelId && p.createAt > since);
        }),
        loadCursors: () => answer('loadCursors', () => new Map(state.cursors)),
        saveCursor: (_bot, channelId, cursor) => answer('saveCursor', () => {
            state.cursors.set(channelId, cursor);
            return true as const;
        }),
    };
    return {bot, state};
}

const post = (id: string, createAt: number, over: Partial<IntakePost> = {}): IntakePost => ({
    id, channelId: 'ch-support', userId: 'u-carol', rootId: '', type: '', message: `Please look at ${id}`, createAt, deleteAt: 0,
    isFromBot: false, isFromWebhook: false, ...over,
});
const posted = (p: IntakePost): SocketEvent => ({event: 'posted', data: {post: JSON.stringify({id: p.id, channel_id: p.channelId,
    user_id: p.userId, root_id: p.rootId, type: p.type, message: p.message, create_at: p.createAt, delete_at: p.deleteAt, props: {}})}});
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('automatic triage intake', () => {
    let intake: AutoIntake | null = null;
    afterEach(async () => {
        await intake?.close();
        vi.useRealTimers();
    });

    function start(mm = fakeMattermost(), answers: ((body: NewTriageRequestBody) => Result<CreatedRequest, FieldErrors>)[] = []) {
        const calls: {body: NewTriageRequestBody; actor: Actor}[] = [];
        const log = {info: vi.fn(), warn: vi.fn(), debug: vi.fn()};
        let emit: ((event: SocketEvent) => void) | null = null;
        const socket = {close: vi.fn(() => Promise.resolve())};
        const create = (body: NewTriageRequestBody, actor: Actor) => {
            calls.push({body, actor});
            const created = ok({request: {number: calls.length}, outcome: 'created'} as CreatedRequest);
            return Promise.resolve(answers.shift()?.(body) ?? created);
        };
        intake = startAutoIntake({triage: {create}, bot: mm.bot, channels: ['cloud-support', 'sre-private', 'help-desk'], teams: ['sre'],
            log, now: () => NOW, retryMs: 1000, openSocket: (onEvent) => {
                emit = onEvent;
                return socket;
            }});
        const settle = async (isDone: () => boolean) => {
            while (!isDone()) {
                await tick();
            }
        };
        return {mm, calls, log, socket, settle, isOpen: () => emit !== null, opened: () => settle(() => emit !== null),
            emit: (event: SocketEvent) => emit?.(event)};
    }

    it('watches the intake channels of MM_TEAMS, joins the public one, and starts its cursor now', async () => {
        const {mm, log, opened, emit} = start();
        await opened();
        emit({event: 'hello', data: {}});
        await intake?.ready;
        expect(mm.state.joined).toEqual(['ch-support']);
        expect(Object.fromEntries(mm.state.cursors)).toEqual({'ch-support': {seenUntil: NOW, enabledAt: NOW}, 'ch-secret': {seenUntil: NOW, enabledAt: NOW}});
        expect(log.warn).toHaveBeenCalledWith({team: 'sre', channel: 'help-desk'}, expect.stringMatching(/not found/));
        expect(mm.state.sinceAsked).toEqual([NOW, NOW]);
    });

    it('takes a new root post once, as the bot on the author\'s behalf, and moves the cursor past it', async () => {
        const {mm, calls, settle, opened, emit} = start();
        await opened();
        emit({event: 'posted', data: {post: 'not json'}});
        emit(posted(post('reply', NOW + 1, {rootId: 'p0'})));
        emit(posted(post('elsewhere', NOW + 2, {channelId: 'ch-town-square'})));
        emit(posted(post('p1', NOW + 3, {message: 'Ingress 502s on acme-prod\nsince 14:05'})));
        await settle(() => mm.state.cursors.get('ch-support')?.seenUntil === NOW + 3);
        expect(calls).toEqual([{body: {idempotencyKey: 'intake-p1', title: 'Ingress 502s on acme-prod', description: 'Ingress 502s on acme-prod\nsince 14:05',
            sourcePostId: 'p1'}, actor: {...BOT, isSystemAdmin: false}}]);
    });

    it('catches up from the saved cursor on every hello, oldest first, and a request made elsewhere is a quiet no-op', async () => {
        const mm = fakeMattermost();
        mm.state.cursors.set('ch-support', {seenUntil: NOW - 10 * 60_000, enabledAt: NOW - 86_400_000});
        mm.state.posts.push(post('before', NOW - 20 * 60_000), post('late', NOW - 30_000), post('early', NOW - 60_000),
            post('answer', NOW - 20_000, {rootId: 'early'}));
        const {calls, log, opened, emit} = start(mm, [() => ok({request: {number: 7}, outcome: 'replayed'} as CreatedRequest)]);
        await opened();
        emit({event: 'hello', data: {}});
        await intake?.ready;
        expect(mm.state.sinceAsked[0]).toBe(NOW - 11 * 60_000);
        expect(calls.map((c) => c.body.sourcePostId)).toEqual(['early', 'late']);
        expect(log.info).toHaveBeenCalledTimes(2);
        expect(log.debug).toHaveBeenCalledWith(expect.objectContaining({postId: 'early', outcome: 'replayed'}), 'post already in triage');
        expect(mm.state.cursors.get('ch-support')?.seenUntil).toBe(NOW - 20_000);
    });

    it('keeps the cursor before a post Mattermost failed on, and takes it on the retry', async () => {
        vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
        const {mm, calls, settle, opened, emit} = start(fakeMattermost(), [() => err({_: UNREACHABLE})]);
        await opened();
        emit(posted(post('p1', NOW + 5)));
        emit(posted(post('p2', NOW + 6)));
        await settle(() => calls.length === 2);
        expect(mm.state.cursors.get('ch-support')?.seenUntil).toBe(NOW);
        mm.state.posts.push(post('p1', NOW + 5), post('p2', NOW + 6));
        await vi.advanceTimersByTimeAsync(1000);
        await settle(() => mm.state.cursors.get('ch-support')?.seenUntil === NOW + 6);
        expect(calls.map((c) => c.body.sourcePostId)).toEqual(['p1', 'p2', 'p1', 'p2']);
    });

    it('retries the set-up while Mattermost is down, then watches', async () => {
        vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
        const mm = fakeMattermost();
        mm.state.failures.set('getMe', 2);
        const {log, socket, settle, opened} = start(mm);
        await settle(() => log.warn.mock.calls.length === 1);
        await vi.advanceTimersByTimeAsync(1000);
        await settle(() => log.warn.mock.calls.length === 2);
        expect(mm.state.cursors.size).toBe(0);
        await vi.advanceTimersByTimeAsync(2000);
        await opened();
        expect(mm.state.cursors.size).toBe(2);
        await intake?.close();
        expect(socket.close).toHaveBeenCalledOnce();
    });

    it('opens no socket when closed while still asking Mattermost', async () => {
        const mm = fakeMattermost();
        let answerNow: () => void = () => undefined;
        mm.state.gate = new Promise((resolve) => {
            answerNow = resolve;
        });
        const {isOpen} = start(mm);
        await tick();
        const closing = intake?.close();
        answerNow();
        await closing;
        await intake?.ready;
        expect(isOpen()).toBe(false);
    });
});
