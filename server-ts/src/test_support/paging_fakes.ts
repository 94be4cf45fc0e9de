import type {Database} from '../db/database.js';
import {ok} from '../domain/result.js';
import type {Position} from '../domain/paging_state.js';
import type {PagingBot} from '../mattermost/page_bot.js';
import {fakeIncidentBot} from './fake_incident_bot.js';
import {SECRET} from './fake_interactions.js';
import type {PagingDeps} from '../paging/paging_deps.js';

// Test doubles for paging (service, job and button tests): a Mattermost with DMs, an on-call table, a timer recorder.
export const PAGING_USERS = [
    {id: 'u-alice', username: 'alice'}, {id: 'u-bob', username: 'bob'}, {id: 'u-erin', username: 'erin'},
    {id: 'u-carol', username: 'carol'}, {id: 'u-dave', username: 'dave'},
];
export const SIGNING = {companionUrl: 'http://companion.test', signingSecret: SECRET};

export function fakePagingBot() {
    const fake = fakeIncidentBot(PAGING_USERS);
    fake.channels.push({id: 'ch-sre-team', name: 'cloud-sre-team', teamId: 'team1', creatorId: 'u-alice'});
    // Mattermost names a direct channel after its two user ids, so the same pair always gets the same channel.
    const openDirectChannel: PagingBot['openDirectChannel'] = (ids) => Promise.resolve(ok(`dm-${[...ids].sort().join('-')}`));
    const bot: PagingBot = {...fake.bot, openDirectChannel, getMyTeams: () => Promise.resolve(ok([{id: 'team1', name: 'sre'}]))};
    const dmsTo = (userId: string) => fake.posts.filter((p) => p.channelId.startsWith('dm-') && p.channelId.includes(userId));
    return {...fake, bot, dmsTo};
}

export type Timer = {pageId: string; at: Position; dueAt: Date};

export function pagingDeps(db: Database, over: Partial<PagingDeps> & {bot: PagingBot}): PagingDeps & {timers: Timer[]; oncall: Map<string, string[]>} {
    const timers: Timer[] = [];
    const oncall = new Map<string, string[]>();
    return {
        db, timers, oncall,
        oncallUsers: (id) => Promise.resolve(oncall.get(id) ?? null),
        isSre: (actor) => Promise.resolve(actor.username === 'alice' || actor.isSystemAdmin),
        canSeeIncident: () => Promise.resolve(true),
        signing: SIGNING,
        jobs: {scheduleTimer: (pageId, at, dueAt) => {
            timers.push({pageId, at, dueAt});
            return Promise.resolve();
        }},
        defaults: {ackMinutes: 5, repeat: 2},
        alert: {channel: 'cloud-sre-team', teams: []},
        ...over,
    };
}

export const actor = (username: string, isSystemAdmin = false) =>
    ({id: PAGING_USERS.find((u) => u.username === username)?.id ?? `u-${username}`, username, isSystemAdmin});
