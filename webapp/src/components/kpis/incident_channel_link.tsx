import type {KpiIncidentDetail} from '../../api/kpi_shapes';
import {ChannelLink} from '../common/channel_link';

/** An incident's channel in the incident's own team (the current one when the companion does not know it), by name. */
export function IncidentChannelLink({incident}: {incident: KpiIncidentDetail}) {
    const name = incident.channelName || incident.channelId;
    return incident.channelId && name ? <ChannelLink channel={name} teamId={incident.teamId}>{`~${name}`}</ChannelLink> : null;
}
