import {getMyTeams} from 'mattermost-redux/selectors/entities/teams';
import {useEffect} from 'react';

import {loadTeam, selectChannel} from '../api/load_session';
import {navigate, usePathname} from '../navigation';
import {useHostDispatch, useHostSelector} from '../store/hooks';

export type Route = {teamName: string; channelName: string | null; pluginPath: string | null};

export function parseRoute(path: string): Route | null {
    const [teamName, section, ...rest] = path.split('/').filter(Boolean);
    if (!teamName || !section || teamName === 'login') {
        return null;
    }
    if (section === 'channels') {
        return {teamName, channelName: rest[0] ?? 'town-square', pluginPath: null};
    }
    return {teamName, channelName: null, pluginPath: [section, ...rest].join('/')};
}

const report = (what: string) => (e: unknown) => console.error(`[sandbox host] ${what} failed`, e);

// Keeps state.entities (current team, current channel, its posts) in step with the URL.
export function useRouteSync(): Route | null {
    const dispatch = useHostDispatch();
    const route = parseRoute(usePathname());
    const teams = useHostSelector(getMyTeams);
    const currentTeamId = useHostSelector((s) => s.entities.teams.currentTeamId);
    const currentChannelId = useHostSelector((s) => s.entities.channels.currentChannelId);
    const team = teams.find((t) => t.name === route?.teamName);
    const channel = useHostSelector((s) => Object.values(s.entities.channels.channels)
        .find((c) => c.team_id === currentTeamId && c.name === route?.channelName));

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
