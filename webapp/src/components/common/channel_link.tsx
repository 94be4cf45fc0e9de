import type {GlobalState} from '@mattermost/types/store';
import type {MouseEvent, ReactNode} from 'react';
import {useSelector} from 'react-redux';

import {channelPath} from '../../api/mattermost_links';

import {styles} from './styles';

/** Links to a channel by id in the current team; plain text when there is no team to link in. */
export function ChannelLink({channelId, children}: {channelId: string; children: ReactNode}) {
    const teamName = useSelector((s: GlobalState) => s.entities.teams.teams[s.entities.teams.currentTeamId]?.name);
    const siteUrl = useSelector((s: GlobalState) => s.entities.general.config.SiteURL ?? '');
    if (!teamName) {
        return <>{children}</>;
    }
    const path = channelPath(teamName, channelId);
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
