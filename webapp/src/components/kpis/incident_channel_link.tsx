import type {GlobalState} from '@mattermost/types/store';
import type {MouseEvent} from 'react';
import {useSelector} from 'react-redux';

import type {KpiIncidentDetail} from '../../api/kpi_shapes';
import {channelPath, goTo} from '../../api/mattermost_links';
import {styles} from '../common/styles';

/**
 * An incident's channel in the incident's own team (the current one when the companion does not know it), linked by
 * name: Mattermost's own channel URL, which needs no redirect from an id.
 */
export function IncidentChannelLink({incident}: {incident: KpiIncidentDetail}) {
    const teamName = useSelector((s: GlobalState) => {
        const {teams, currentTeamId} = s.entities.teams;
        return (teams[incident.teamId] ?? teams[currentTeamId])?.name;
    });
    const siteUrl = useSelector((s: GlobalState) => s.entities.general.config.SiteURL ?? '');
    const name = incident.channelName || incident.channelId;
    if (!teamName || !incident.channelId || !name) {
        return null;
    }
    const path = channelPath(teamName, name);
    // A plain link would reload the whole web app; the host's router switches channels in place.
    const onClick = (e: MouseEvent) => {
        if (window.WebappUtils?.browserHistory) {
            e.preventDefault();
            goTo(path, siteUrl);
        }
    };
    return <a href={`${siteUrl.replace(/\/+$/, '')}${path}`} onClick={onClick} style={styles.link}>{`~${name}`}</a>;
}
