import type {UserTimezone} from '@mattermost/types/users';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {mattermostTimeZones, zoneOfUser} from './mattermost_time_zones.js';

afterEach(() => vi.restoreAllMocks());

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json'}});
const tz = (useAutomaticTimezone: boolean | string, automaticTimezone: string, manualTimezone: string): UserTimezone =>
    ({useAutomaticTimezone, automaticTimezone, manualTimezone});

describe('zoneOfUser', () => {
    it.each<[string, UserTimezone | undefined, string | null]>([
        ['manual', tz(false, 'America/New_York', 'Europe/Berlin'), 'Europe/Berlin'],
        ['automatic', tz(true, 'America/New_York', 'Europe/Berlin'), 'America/New_York'],
        ['automatic as the string older servers send', tz('true', 'Asia/Kolkata', ''), 'Asia/Kolkata'],
        ['"false" as a string', tz('false', 'Asia/Kolkata', 'Europe/London'), 'Europe/London'],
        ['none chosen', tz(false, '', ''), null],
        ['a name no zone has', tz(false, '', 'Mars/Olympus'), null],
        ['no timezone at all', undefined, null],
    ])('%s', (_, timezone, zone) => expect(zoneOfUser(timezone)).toBe(zone));
});

describe('mattermostTimeZones', () => {
    it('asks Mattermost once for all the names, as the bot, and keys the answer by lower-case username', async () => {
        const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(200, [
            {id: 'u1', username: 'Alice', timezone: tz(false, '', 'Europe/Berlin')},
            {id: 'u2', username: 'bob', timezone: tz(false, '', '')},
        ]));
        const zones = await mattermostTimeZones('http://mm.test', 'bot-token', () => undefined)(['alice', 'bob', 'zed']);
        expect(zones).toEqual(new Map([['alice', 'Europe/Berlin']]));
        expect(fetch).toHaveBeenCalledTimes(1);
        const [url, init] = fetch.mock.calls[0] ?? [];
        expect([url, init?.method, init?.body]).toEqual(['http://mm.test/api/v4/users/usernames', 'post', '["alice","bob","zed"]']);
        expect(init?.headers).toMatchObject({Authorization: 'BEARER bot-token'}); // Client4's spelling
    });

    it('asks nothing for nobody, and says so when Mattermost does not answer', async () => {
        const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
        const problems: string[] = [];
        const zoneOf = mattermostTimeZones('http://mm.test', 'bot-token', (m) => problems.push(m));
        expect(await zoneOf([])).toEqual(new Map());
        expect(fetch).not.toHaveBeenCalled();
        expect(await zoneOf(['alice'])).toEqual(new Map());
        expect(problems).toEqual([expect.stringContaining('off-hours pages use the team\'s zone') as unknown]);
    });
});
