import type {GlobalState} from '@mattermost/types/store';
import {useState} from 'react';
import {useDispatch, useStore} from 'react-redux';

import type {DeclareIncidentBody, IncidentView} from '../../../../server-ts/src/contract/incidents';
import {goTo} from '../../api/mattermost_links';
import type {ApiError, Result} from '../../api/result';
import {incidentDeclared} from '../../store/incident_ui_slice';
import {useCompanionClient} from '../common/use_companion_client';

export type DeclareDraft = Omit<DeclareIncidentBody, 'idempotencyKey' | 'teamId'>;

// Lands the declarer in the new channel; while the channel is still being made there is nowhere to go yet.
function openChannel(state: GlobalState, incident: IncidentView) {
    const team = state.entities.teams.teams[incident.teamId] ?? state.entities.teams.teams[state.entities.teams.currentTeamId];
    if (team && incident.channelId) {
        goTo(`/${team.name}/channels/${incident.channelName}`, state.entities.general.config.SiteURL ?? '');
    }
}

type Keyed = {teamId: string; idempotencyKey: string};
type Send<D> = (body: D & Keyed) => Promise<Result<IncidentView, ApiError>>;

/**
 * Sends something that declares an incident (a declaration, a gameday) in the current team with the form's one
 * idempotency key, so a double click or a retry after a timeout gives one incident; on success opens its channel
 * and calls onDone.
 */
export function useIncidentCreation<D>(send: Send<D>, idempotencyKey: string, onDone: () => void) {
    const store = useStore<GlobalState>();
    const dispatch = useDispatch();
    const [isBusy, setBusy] = useState(false);
    const [error, setError] = useState<ApiError | null>(null);
    const submit = async (draft: D) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const teamId = store.getState().entities.teams.currentTeamId;
        const result = await send({...draft, idempotencyKey, teamId});
        setBusy(false);
        setError(result.ok ? null : result.error);
        if (result.ok) {
            dispatch(incidentDeclared(result.value));
            openChannel(store.getState(), result.value);
            onDone();
        }
    };
    return {submit, isBusy, error};
}

export function useDeclareSubmit(idempotencyKey: string, onDeclared: () => void) {
    const client = useCompanionClient();
    return useIncidentCreation<DeclareDraft>((body) => client.declare(body), idempotencyKey, onDeclared);
}
