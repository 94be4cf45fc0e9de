import type {GlobalState} from '@mattermost/types/store';
import {useState} from 'react';
import {useDispatch, useStore} from 'react-redux';

import type {StartGamedayBody} from '../../../../server-ts/src/contract/gamedays';
import type {ApiError} from '../../api/result';
import {incidentDeclared} from '../../store/incident_ui_slice';
import {openChannel} from '../declare/use_declare_submit';

import {useRitualsClient} from './use_rituals_client';

export type GamedayDraft = Omit<StartGamedayBody, 'teamId' | 'idempotencyKey'>;

/**
 * Starts a gameday drill in the current team with this form's one idempotency key (a retry gives one drill); like a
 * declaration, it lands the starter in the drill's channel, then calls onStarted.
 */
export function useStartGameday(idempotencyKey: string, onStarted: () => void) {
    const client = useRitualsClient();
    const store = useStore<GlobalState>();
    const dispatch = useDispatch();
    const [isBusy, setBusy] = useState(false);
    const [error, setError] = useState<ApiError | null>(null);
    const start = async (draft: GamedayDraft) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const teamId = store.getState().entities.teams.currentTeamId;
        const result = await client.startGameday({...draft, teamId, idempotencyKey});
        setBusy(false);
        setError(result.ok ? null : result.error);
        if (result.ok) {
            dispatch(incidentDeclared(result.value));
            openChannel(store.getState(), result.value);
            onStarted();
        }
    };
    return {start, isBusy, error};
}
