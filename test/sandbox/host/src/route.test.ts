import type {Channel} from '@mattermost/types/channels';
import {describe, expect, it} from 'vitest';

import {channelPath, parseRoute, type Route} from './route';

const route = (fields: Partial<Route>): Route => ({teamName: 'sre', channelName: null, directTo: null, pluginPath: null, ...fields});

describe('parseRoute', () => {
    it.each<[string, Route | null]>([
        ['/sre/channels/cloud-support', route({channelName: 'cloud-support'})],
        ['/sre/channels', route({channelName: 'town-square'})],
        ['/sre/messages/@sre-bot', route({directTo: 'sre-bot'})],
        ['/sre/messages/some-group', route({pluginPath: 'messages/some-group'})],
        ['/sre/com.mattermost.sre-toolkit/kpis', route({pluginPath: 'com.mattermost.sre-toolkit/kpis'})],
        ['/login', null],
        ['/sre', null],
    ])('%s', (path, expected) => expect(parseRoute(path)).toEqual(expected));
});

describe('channelPath', () => {
    const channel = (type: Channel['type'], name: string) => ({type, name}) as Channel;
    it.each<[Channel, string | undefined, string]>([
        [channel('O', 'town-square'), undefined, '/sre/channels/town-square'],
        [channel('P', 'sre-private'), 'bob', '/sre/channels/sre-private'],
        [channel('D', 'a__b'), 'sre-bot', '/sre/messages/@sre-bot'],
        [channel('D', 'a__b'), undefined, '/sre/channels/a__b'],
    ])('%o with teammate %s → %s', (c, teammate, expected) => expect(channelPath('sre', c, teammate)).toBe(expected));
});
