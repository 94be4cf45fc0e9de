import {useState} from 'react';
import {useDispatch} from 'react-redux';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import type {CompanionClient} from '../../api/client';
import type {ApiError, Result} from '../../api/result';
import {incidentChanged} from '../../store/incident_ui_slice';
import {useCompanionClient} from '../common/use_companion_client';

type Call = (client: CompanionClient) => Promise<Result<IncidentView, ApiError>>;

/** Runs one incident change through the API; the store takes the IncidentView the companion returns. */
export function useIncidentMutation() {
    const client = useCompanionClient();
    const dispatch = useDispatch();
    const [error, setError] = useState<ApiError | null>(null);
    const [isBusy, setBusy] = useState(false);
    const run = async (call: Call): Promise<boolean> => {
        setBusy(true);
        const result = await call(client);
        setBusy(false);
        setError(result.ok ? null : result.error);
        if (result.ok) {
            dispatch(incidentChanged(result.value));
        }
        return result.ok;
    };
    return {run, error, isBusy};
}

export type IncidentMutation = ReturnType<typeof useIncidentMutation>;
