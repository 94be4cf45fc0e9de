import type {GlobalState} from '@mattermost/types/store';
import {useState} from 'react';
import {useDispatch, useStore} from 'react-redux';

import type {DeclareIncidentBody, IncidentView} from '../../../../server-ts/src/contract/incidents';
import {goTo} from '../../api/mattermost_links';
import type {ApiError} from '../../api/result';
import {incidentDeclared} from '../../store/incident_ui_slice';
import {useCompanionClient} from '../common/use_companion_client';

export type DeclareDraft = Omit<DeclareIncidentBody, 'idempotencyKey' | 'teamId'>;

// Lands the declarer in the new channel; while the channel is still being made there is nowhere to go yet.
export function openChannel(state: GlobalState, incident: IncidentView) {
    const team = state.entities.teams.teams[incident.teamId] ?? state.entities.teams.teams[state.entities.teams.currentTeamId];
    if (team && incident.channelId) {
        goTo(`/${team.name}/channels/${incident.channelName}`, state.entities.general.config.SiteURL ?? '');
    }
}

/**
 * Sends the declaration with this modal's one idempotency key, so a double click or a retry after a
 * timeout gives one incident; on success opens its channel and calls onDeclared.
 */
export function useDeclareSubmit(idempotencyKey: string, onDeclared: () => void) {
    const client = useCompanionClient();
    const store = useStore<GlobalState>();
    const dispatch = useDispatch();
    const [isBusy, setBusy] = useState(false);
    const [error, setError] = useState<ApiError | null>(null);
    const submit = async (draft: DeclareDraft) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const teamId = store.getState().entities.teams.currentTeamId;
        const result = await client.declare({...draft, idempotencyKey, teamId});
        setBusy(false);
        if (!result.ok) {
            setError(result.error);
            return;
        }
        dispatch(incidentDeclared(result.value));
        openChannel(store.getState(), result.value);
        onDeclared();
    };
    return {submit, isBusy, error};
}
