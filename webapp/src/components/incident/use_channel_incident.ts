import type {GlobalState} from '@mattermost/types/store';
import {useEffect} from 'react';
import {useDispatch, useSelector} from 'react-redux';

import {channelIncidentLoaded, getChannelIncident} from '../../store/incident_ui_slice';
import {getSummary} from '../../store/summary_slice';
import {useCompanionClient} from '../common/use_companion_client';

/**
 * The incident of the current channel, fetched when the channel changes and again after each summary
 * event (every incident change produces one), so the timeline stays current.
 */
export function useChannelIncident() {
    const client = useCompanionClient();
    const dispatch = useDispatch();
    const channelId = useSelector((s: GlobalState) => s.entities.channels.currentChannelId);
    const generatedAt = useSelector((s: GlobalState) => getSummary(s)?.generatedAt);
    const current = useSelector((s: GlobalState) => (channelId ? getChannelIncident(s, channelId) : null));
    useEffect(() => {
        if (!channelId) {
            return undefined;
        }
        let isCurrent = true;
        void client.getIncidentByChannel(channelId).then((r) => {
            // A failure keeps what is shown; the next summary event tries again.
            if (isCurrent && r.ok) {
                dispatch(channelIncidentLoaded(channelId, r.value));
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, dispatch, channelId, generatedAt]);
    return current ?? null;
}
