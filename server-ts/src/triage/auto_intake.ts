import {advanceCursor, catchUpSince, intakeDraft, postsToCatchUp, type IntakePost, type IntakeScope} from '../domain/triage_intake.js';
import type {BotSocket, SocketEvent} from '../mattermost/bot_websocket.js';
import {postedPost} from '../mattermost/intake_bot.js';
import {setUpIntake, type IntakeSetup, type SetupDeps, type WatchedChannel} from './intake_channels.js';
import {UNREACHABLE} from './triage_deps.js';
import type {TriageService} from './triage_service.js';

// Automatic intake (issue 6, TRIAGE_AUTO_INTAKE): every new root post by a person in an intake channel
// becomes a triage request through the triage service, which replies in the thread with number and status.

export type IntakeLog = SetupDeps['log'] & {info(obj: object, msg: string): void; debug(obj: object, msg: string): void};
export type AutoIntakeDeps = Omit<SetupDeps, 'now' | 'log'> & {
    triage: Pick<TriageService, 'create'>;
    openSocket: (onEvent: (event: SocketEvent) => void) => BotSocket;
    log: IntakeLog;
    now?: () => number;
    // First delay before retrying after Mattermost failed; it doubles up to five minutes.
    retryMs?: number;
};
export type AutoIntake = {
    // Settles after the first catch-up following the first connection (or at close): what a start-up may wait for.
    ready: Promise<void>;
    close(): Promise<void>;
};

type Outcome = 'created' | 'known' | 'skipped' | 'failed';
type State = {
    deps: AutoIntakeDeps & {now: () => number};
    setup: (IntakeSetup & {scope: IntakeScope}) | null;
    socket: BotSocket | null;
    // One step at a time per instance: a live post and a catch-up never race here; between instances the
    // request's uniqueness by source post (and the key derived from the post) makes the second one a no-op.
    queue: Promise<void>;
    retry: {timer: NodeJS.Timeout | null; delayMs: number};
    isClosed: boolean;
    markReady: () => void;
};

const MAX_RETRY_MS = 300_000;
// Mattermost's `since` answers at most this many posts.
const SINCE_LIMIT = 1000;

export function startAutoIntake(deps: AutoIntakeDeps): AutoIntake {
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => {
        markReady = resolve;
    });
    const state: State = {deps: {...deps, now: deps.now ?? Date.now}, setup: null, socket: null, queue: Promise.resolve(),
        retry: {timer: null, delayMs: deps.retryMs ?? 5000}, isClosed: false, markReady};
    enqueue(state, connect);
    return {ready, close: () => close(state)};
}

function enqueue(state: State, step: (state: State) => Promise<void>): void {
    state.queue = state.queue
        .then(() => (state.isClosed ? undefined : step(state)))
        .catch((error: unknown) => state.deps.log.warn({err: error}, 'triage intake step failed'));
}

async function connect(state: State): Promise<void> {
    const setup = await setUpIntake(state.deps);
    if (!setup.ok) {
        state.deps.log.warn({failure: setup.error}, 'triage intake cannot reach Mattermost yet; retrying');
        scheduleRetry(state, connect);
        return;
    }
    state.setup = {...setup.value, scope: {botUserId: setup.value.me.id, channelIds: new Set(setup.value.channels.map((c) => c.id))}};
    if (setup.value.channels.length === 0) {
        state.deps.log.warn({channels: state.deps.channels}, 'no intake channel to watch: automatic triage intake is idle');
        state.markReady();
        return;
    }
    // close() may have come while Mattermost was being asked; it waits for this step, so no socket may open after it.
    if (state.isClosed) {
        return;
    }
    state.deps.log.info({channels: setup.value.channels.map((c) => `${c.teamName}/${c.name}`)}, 'automatic triage intake watching');
    state.socket = state.deps.openSocket((event) => onEvent(state, event));
}

// Every new connection starts with hello: catch up on what was posted while away, then the live events follow.
function onEvent(state: State, {event, data}: SocketEvent): void {
    if (event === 'hello') {
        enqueue(state, async (s) => {
            await catchUpAll(s);
            s.markReady();
        });
        return;
    }
    if (event !== 'posted') {
        return;
    }
    const post = postedPost(data);
    const channel = post.ok ? state.setup?.channels.find((c) => c.id === post.value.channelId) : undefined;
    if (post.ok && channel) {
        enqueue(state, (s) => takeLive(s, channel, post.value));
    }
}

async function takeLive(state: State, channel: WatchedChannel, post: IntakePost): Promise<void> {
    if (await take(state, post) === 'failed') {
        channel.isHeld = true;
        scheduleRetry(state, catchUpAll);
        return;
    }
    if (!channel.isHeld) {
        channel.cursor = advanceCursor(channel.cursor, post.createAt);
        await saveCursor(state, channel);
    }
}

async function catchUpAll(state: State): Promise<void> {
    let isComplete = true;
    for (const channel of state.setup?.channels ?? []) {
        isComplete = await catchUp(state, channel) && isComplete;
    }
    if (isComplete) {
        state.retry.delayMs = state.deps.retryMs ?? 5000;
    } else {
        scheduleRetry(state, catchUpAll);
    }
}

// Stops at the first post that fails, so the cursor never passes a post that was not taken.
async function catchUp(state: State, channel: WatchedChannel): Promise<boolean> {
    const {log} = state.deps;
    const {since, isCapped} = catchUpSince(channel.cursor, state.deps.now());
    const where = {team: channel.teamName, channel: channel.name};
    if (isCapped) {
        log.warn({...where, seenUntil: new Date(channel.cursor.seenUntil)}, 'intake was away longer than its catch-up window: older posts are not taken');
    }
    const posts = await state.deps.bot.postsSince(channel.id, since);
    if (!posts.ok) {
        log.warn({...where, failure: posts.error}, 'triage intake cannot catch up; retrying');
        channel.isHeld = true;
        return false;
    }
    if (posts.value.length >= SINCE_LIMIT) {
        log.warn({...where, since: new Date(since)}, `more than ${SINCE_LIMIT} posts changed while intake was away: the oldest may not be taken`);
    }
    let cursor = isCapped ? advanceCursor(channel.cursor, since) : channel.cursor;
    let isComplete = true;
    for (const post of postsToCatchUp(posts.value, since)) {
        if (await take(state, post) === 'failed') {
            isComplete = false;
            break;
        }
        cursor = advanceCursor(cursor, post.createAt);
    }
    channel.cursor = cursor;
    channel.isHeld = !isComplete;
    await saveCursor(state, channel);
    return isComplete;
}

async function take(state: State, post: IntakePost): Promise<Outcome> {
    const draft = state.setup ? intakeDraft(post, state.setup.scope) : null;
    if (!state.setup || !draft?.ok) {
        return 'skipped';
    }
    const {log} = state.deps;
    const actor = {id: state.setup.me.id, username: state.setup.me.username, isSystemAdmin: false};
    try {
        // The key follows from the post, so a second instance (or a second look) replays instead of creating.
        const created = await state.deps.triage.create({idempotencyKey: `intake-${post.id}`, ...draft.value, sourcePostId: post.id}, actor);
        if (created.ok) {
            const detail = {postId: post.id, request: created.value.request.number, outcome: created.value.outcome};
            if (created.value.outcome === 'created') {
                log.info(detail, 'triage request created from a new post');
                return 'created';
            }
            log.debug(detail, 'post already in triage');
            return 'known';
        }
        if (created.error._ === UNREACHABLE) {
            log.warn({postId: post.id}, 'Mattermost did not answer while taking a post into triage; retrying');
            return 'failed';
        }
        log.info({postId: post.id, problems: created.error}, 'post not taken into triage');
        return 'skipped';
    } catch (error) {
        log.warn({postId: post.id, err: error}, 'taking a post into triage failed; retrying');
        return 'failed';
    }
}

// Best effort: a lost save only makes the next catch-up read a little more.
async function saveCursor(state: State, channel: WatchedChannel): Promise<void> {
    const saved = await state.deps.bot.saveCursor(state.setup?.me.id ?? '', channel.id, channel.cursor);
    if (!saved.ok) {
        state.deps.log.debug({channel: channel.name, failure: saved.error}, 'triage intake cursor not saved');
    }
}

// A bare timer is enough: a restart loses it, but every start catches up from the saved cursors anyway.
function scheduleRetry(state: State, step: (state: State) => Promise<void>): void {
    if (state.isClosed || state.retry.timer !== null) {
        return;
    }
    const delay = state.retry.delayMs;
    state.retry.delayMs = Math.min(delay * 2, MAX_RETRY_MS);
    state.retry.timer = setTimeout(() => {
        state.retry.timer = null;
        enqueue(state, step);
    }, delay);
    state.retry.timer.unref();
}

async function close(state: State): Promise<void> {
    state.isClosed = true;
    if (state.retry.timer !== null) {
        clearTimeout(state.retry.timer);
        state.retry.timer = null;
    }
    await state.socket?.close();
    await state.queue;
    state.markReady();
}
