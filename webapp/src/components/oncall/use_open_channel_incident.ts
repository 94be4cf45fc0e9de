import type {GlobalState} from '@mattermost/types/store';
import {useSelector} from 'react-redux';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {getChannelIncident} from '../../store/incident_ui_slice';

/** The open incident of the channel being viewed (as the incident panel loaded it), or null. */
export function useOpenChannelIncident(): IncidentView | null {
    return useSelector((s: GlobalState) => {
        const channelId = s.entities.channels.currentChannelId;
        const found = channelId ? getChannelIncident(s, channelId)?.incident : undefined;
        return found && found.status !== 'resolved' ? found : null;
    });
}
