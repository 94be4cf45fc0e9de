import type {GlobalState} from '@mattermost/types/store';
import type {MouseEvent, ReactNode} from 'react';
import {useSelector} from 'react-redux';

import {channelPath} from '../../api/mattermost_links';

import {styles} from './styles';

type Props = {
    // A channel id, or its name (Mattermost's own URL, which needs no redirect from an id).
    channel: string;
    // The team to link in: the current one when not given or not known here.
    teamId?: string;
    children: ReactNode;
};

/** Links to a channel; plain text when there is no team to link in. */
export function ChannelLink({channel, teamId, children}: Props) {
    const teamName = useSelector((s: GlobalState) => {
        const {teams, currentTeamId} = s.entities.teams;
        return (teams[teamId ?? currentTeamId] ?? teams[currentTeamId])?.name;
    });
    const siteUrl = useSelector((s: GlobalState) => s.entities.general.config.SiteURL ?? '');
    if (!teamName) {
        return <>{children}</>;
    }
    const path = channelPath(teamName, channel);
    // A plain link would reload the whole web app; the host's router switches channels in place.
    const onClick = (e: MouseEvent) => {
        const history = window.WebappUtils?.browserHistory;
        if (history) {
            e.preventDefault();
            history.push(path);
        }
    };
    return <a href={`${siteUrl.replace(/\/+$/, '')}${path}`} onClick={onClick} style={styles.link}>{children}</a>;
}
