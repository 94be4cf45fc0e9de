import type {IncidentRow} from '../db/incident_rows.js';
import type {PrivateIncident} from '../domain/summary.js';
import {err, ok, type Result} from '../domain/result.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

export type Actor = {id: string; username: string; isSystemAdmin: boolean};
type Involved = Pick<IncidentRow, 'channelId' | 'commanderId' | 'declaredById'>;

export type Access = {
    isMember: (channelId: string, userId: string) => Promise<boolean>;
    canSee: (row: Involved & {isPrivate: boolean}, actor: Actor) => Promise<boolean>;
    // 'not_found' for a private incident the actor may not see; 'forbidden: …' for a public one they have not joined.
    canChange: (row: IncidentRow, actor: Actor) => Promise<Result<true, string>>;
    hiddenFor: (user: {id: string}, incidents: readonly PrivateIncident[]) => Promise<Set<string>>;
};

type Options = {bot: IncidentBot; ttlMs?: number; now?: () => number; maxEntries?: number};

// Membership is Mattermost's to say (GET channel member as the bot); answers are reused for ttlMs because the
// summary, SSE pushes and every incident call would otherwise ask again and again.
export function createAccess({bot, ttlMs = 30_000, now = Date.now, maxEntries = 10_000}: Options): Access {
    const cache = new Map<string, {isMember: boolean; at: number}>();
    const isMember = async (channelId: string, userId: string): Promise<boolean> => {
        const key = `${channelId}:${userId}`;
        const hit = cache.get(key);
        if (hit && now() - hit.at < ttlMs) {
            return hit.isMember;
        }
        const answer = await bot.isChannelMember(channelId, userId);
        // Unsure means no: a private incident must not leak because Mattermost was slow; not cached, so it is asked again.
        if (!answer.ok) {
            return false;
        }
        if (cache.size >= maxEntries) {
            cache.clear();
        }
        cache.set(key, {isMember: answer.value, at: now()});
        return answer.value;
    };
    // Declarer and commander are in the channel from the start, and before it exists they are the only ones involved.
    const isInvolved = async (row: Involved, userId: string) =>
        row.declaredById === userId || row.commanderId === userId || (row.channelId !== null && await isMember(row.channelId, userId));
    return {
        isMember,
        canSee: async (row, actor) => !row.isPrivate || await isInvolved(row, actor.id),
        canChange: async (row, actor) => {
            if (await isInvolved(row, actor.id)) {
                return ok(true);
            }
            return row.isPrivate ? err('not_found') : err(`forbidden: join ~${row.channelName} to change this incident`);
        },
        hiddenFor: async (user, incidents) => {
            const visible = await Promise.all(incidents.map((i) => isInvolved(i, user.id)));
            return new Set(incidents.filter((_, k) => !visible[k]).map((i) => i.id));
        },
    };
}
