import {createHash} from 'node:crypto';
import type {WhoAmI} from './who_am_i.js';

type Answer = Awaited<ReturnType<WhoAmI>>;
type Options = {seconds: number; now?: () => number; maxEntries?: number};

// Keyed by a hash so a heap dump never shows a session token. Rejections are cached too: a revoked
// Mattermost token never becomes valid again, and a browser stuck on a stale cookie must not hammer
// Mattermost. "Unreachable" is never cached, so recovery is seen at once. Concurrent checks of one
// token share one request.
export function cachedWhoAmI(inner: WhoAmI, {seconds, now = Date.now, maxEntries = 10_000}: Options): WhoAmI {
    const answers = new Map<string, {expiresAt: number; answer: Answer}>();
    const pending = new Map<string, Promise<Answer>>();
    return async (token) => {
        const key = createHash('sha256').update(token).digest('hex');
        const hit = answers.get(key);
        if (hit && hit.expiresAt > now()) {
            return hit.answer;
        }
        const running = pending.get(key);
        if (running) {
            return running;
        }
        const request = inner(token).finally(() => pending.delete(key));
        pending.set(key, request);
        const answer = await request;
        if (seconds > 0 && (answer.ok || answer.error === 'invalid')) {
            if (answers.size >= maxEntries) {
                // Map keeps insertion order: dropping the first entry drops the oldest.
                answers.delete(answers.keys().next().value ?? '');
            }
            answers.set(key, {expiresAt: now() + seconds * 1000, answer});
        }
        return answer;
    };
}
