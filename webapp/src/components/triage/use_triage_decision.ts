import {useState} from 'react';
import {useDispatch} from 'react-redux';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import type {ApiError} from '../../api/result';
import {triageRequestChanged} from '../../store/triage_slice';
import {useCompanionClient} from '../common/use_companion_client';

import {decisionBody} from './decision_body';
import type {Verdict} from './triage_moves';
import type {TriageDraft} from './use_triage_draft';

/** Sends one decision; on success the store learns the new request and onDecided says what became of it. */
export function useTriageDecision(onDecided: (verdict: Verdict, saved: TriageRequestView) => void) {
    const client = useCompanionClient();
    const dispatch = useDispatch();
    const [isBusy, setBusy] = useState(false);
    // Kept with the request it is about, so moving on does not carry it to the next one.
    const [failed, setFailed] = useState<{id: string; error: ApiError} | null>(null);
    const decide = async (request: TriageRequestView, verdict: Verdict, draft: TriageDraft) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const result = await client.decide(request.id, decisionBody(verdict, draft, request));
        setBusy(false);
        setFailed(result.ok ? null : {id: request.id, error: result.error});
        if (result.ok) {
            dispatch(triageRequestChanged(result.value));
            onDecided(verdict, result.value);
        }
    };
    const errorFor = (id: string | undefined) => (failed && failed.id === id ? failed.error : null);
    return {decide, isBusy, errorFor};
}
