import {useState} from 'react';
import {useDispatch} from 'react-redux';

import type {NewTriageRequestBody} from '../../../../server-ts/src/contract/triage';
import type {ApiError} from '../../api/result';
import type {CreatedRequest} from '../../api/triage_client';
import {triageRequestChanged} from '../../store/triage_slice';
import {useCompanionClient} from '../common/use_companion_client';

export type NewRequestDraft = Omit<NewTriageRequestBody, 'idempotencyKey'>;

/**
 * Sends the request with this modal's one idempotency key, so a double click or a retry after a timeout
 * gives one request. The answer stays for the modal to show (new, or already on the board).
 */
export function useNewRequestSubmit(idempotencyKey: string) {
    const client = useCompanionClient();
    const dispatch = useDispatch();
    const [isBusy, setBusy] = useState(false);
    const [error, setError] = useState<ApiError | null>(null);
    const [created, setCreated] = useState<CreatedRequest | null>(null);
    const submit = async (draft: NewRequestDraft) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const result = await client.createRequest({...draft, idempotencyKey});
        setBusy(false);
        if (!result.ok) {
            setError(result.error);
            return;
        }
        setError(null);
        dispatch(triageRequestChanged(result.value.request));
        setCreated(result.value);
    };
    return {submit, isBusy, error, created};
}
