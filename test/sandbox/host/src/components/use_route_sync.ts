import type {Channel} from '@mattermost/types/channels';
import {getMyTeams} from 'mattermost-redux/selectors/entities/teams';
import {getCurrentUserId} from 'mattermost-redux/selectors/entities/users';
import {getDirectChannelName} from 'mattermost-redux/utils/channel_utils';
import {useEffect} from 'react';

import {loadTeam, selectChannel} from '../api/load_session';
import {navigate, usePathname} from '../navigation';
import {parseRoute, type Route} from '../route';
import type {HostState} from '../store/host_store';
import {useHostDispatch, useHostSelector} from '../store/hooks';

const report = (what: string) => (e: unknown) => console.error(`[sandbox host] ${what} failed`, e);

// A team channel by name, or my direct channel with the person named. Like Mattermost, a direct channel's own
// name (the two user ids) works under /channels/ too.
function routeChannel(s: HostState, route: Route | null): Channel | undefined {
    const channels = Object.values(s.entities.channels.channels);
    if (route?.directTo) {
        const other = Object.values(s.entities.users.profiles).find((u) => u.username === route.directTo);
        const name = other ? getDirectChannelName(getCurrentUserId(s), other.id) : null;
        return channels.find((c) => c.type === 'D' && c.name === name);
    }
    const teamIds = [s.entities.teams.currentTeamId, ''];
    return channels.find((c) => teamIds.includes(c.team_id) && c.name === route?.channelName);
}

// Keeps state.entities (current team, current channel, its posts) in step with the URL.
export function useRouteSync(): Route | null {
    const dispatch = useHostDispatch();
    const route = parseRoute(usePathname());
    const teams = useHostSelector(getMyTeams);
    const currentTeamId = useHostSelector((s) => s.entities.teams.currentTeamId);
    const currentChannelId = useHostSelector((s) => s.entities.channels.currentChannelId);
    const team = teams.find((t) => t.name === route?.teamName);
    const channel = useHostSelector((s) => routeChannel(s, route));

    useEffect(() => {
        const first = teams[0];
        if (!team && first) {
            navigate(`/${first.name}/channels/town-square`, true);
        } else if (team && team.id !== currentTeamId) {
            dispatch(loadTeam(team.id)).catch(report('loading the team'));
        }
    }, [team, teams, currentTeamId, dispatch]);

    useEffect(() => {
        if (channel && channel.id !== currentChannelId) {
            dispatch(selectChannel(channel.id)).catch(report('opening the channel'));
        }
    }, [channel, currentChannelId, dispatch]);

    return route;
}
