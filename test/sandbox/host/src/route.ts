import type {Channel} from '@mattermost/types/channels';

// The web-app routes the host serves, with Mattermost's paths: /:team/channels/:name, a direct message with
// someone at /:team/messages/@:username, and plugin team routes /:team/<pluginId>/<route>.
export type Route = {teamName: string; channelName: string | null; directTo: string | null; pluginPath: string | null};

export function parseRoute(path: string): Route | null {
    const [teamName, section, ...rest] = path.split('/').filter(Boolean);
    if (!teamName || !section || teamName === 'login') {
        return null;
    }
    const route: Route = {teamName, channelName: null, directTo: null, pluginPath: null};
    const [first] = rest;
    if (section === 'channels') {
        return {...route, channelName: first ?? 'town-square'};
    }
    if (section === 'messages' && first?.startsWith('@')) {
        return {...route, directTo: first.slice(1)};
    }
    return {...route, pluginPath: [section, ...rest].join('/')};
}

// A direct channel's own name is its two members' ids, so Mattermost links it by the other person's username.
export const channelPath = (teamName: string, channel: Channel, teammateUsername: string | undefined): string =>
    (channel.type === 'D' && teammateUsername ? `/${teamName}/messages/@${teammateUsername}` : `/${teamName}/channels/${channel.name}`);
