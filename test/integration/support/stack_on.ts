import {Client4} from '@mattermost/client';
import {afterAll, beforeAll, expect, vi} from 'vitest';
import type {DatabaseTarget} from '../../../server-ts/src/test_support/databases.ts';
import type {Post} from '../../sandbox/server/types.ts';
import {startStack, type Stack} from '../../sandbox/stack.ts';

// One suite's stack: a fresh database on the target and the sandbox with the companion on it, opened before the
// suite's own beforeAll hooks (vitest runs them in the order they were registered) and closed after it.
export type Place = Awaited<ReturnType<DatabaseTarget['create']>>;

export function useStackOn(target: DatabaseTarget): {stack: () => Stack; place: () => Place} {
    let place: Place | undefined;
    let stack: Stack | undefined;
    beforeAll(async () => {
        place = await target.create();
        stack = await startStack({dataDir: place.dataDir, databaseUrl: place.databaseUrl ?? undefined, logLevel: 'silent'});
    });
    afterAll(async () => {
        await stack?.close();
        await place?.cleanup();
    });
    const opened = <T>(value: T | undefined): T => {
        if (value === undefined) {
            throw new Error('the stack is opened in beforeAll: use it inside hooks and tests');
        }
        return value;
    };
    return {stack: () => opened(stack), place: () => opened(place)};
}

// The real @mattermost/client signed in as one of the sandbox's users.
export async function signedInClient(stack: Stack, username: string): Promise<{client: Client4; token: string}> {
    const {token} = await stack.sandbox.login(username);
    const client = new Client4();
    client.setUrl(stack.url);
    client.setToken(token);
    return {client, token};
}

// The companion registers /sre as it connects: wait for it rather than assume it is done.
export async function sreCommandRegistered(stack: Stack): Promise<void> {
    await vi.waitFor(() => expect([...stack.sandbox.state.commands.values()].some((c) => c.trigger === 'sre' && c.delete_at === 0)).toBe(true),
        {timeout: 20_000, interval: 100});
}

export type SreTeam = ReturnType<typeof sreTeam>;

// The sandbox's SRE team as a suite reads it: ids by name, the bot's direct messages to a person, and /sre as `client`
// types it (the reply's text).
export function sreTeam(stack: Stack, client: Client4) {
    const state = () => stack.sandbox.state;
    const teamId = state().teamByName('sre')?.id ?? '';
    const userId = (username: string) => state().userByUsername(username)?.id ?? `missing ${username}`;
    return {
        teamId,
        channelId: (name: string) => state().channelByName(teamId, name)?.id ?? `missing ${name}`,
        sre: async (where: string, text: string) => (await client.executeCommand(`/sre ${text}`, {channel_id: where, team_id: teamId})).text,
        // The bot's direct channel with a person, as Mattermost names it: the two user ids, sorted.
        dmsOf: (username: string): Post[] => {
            const name = [stack.sandbox.botUserId, userId(username)].sort().join('__');
            const dm = [...state().channels.values()].find((c) => c.type === 'D' && c.name === name);
            return dm ? state().postsOfChannel(dm.id) : [];
        },
    };
}
