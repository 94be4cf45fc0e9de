import {useState} from 'react';
import {useDispatch} from 'react-redux';

import type {TriageDecisionBody} from '../../../../server-ts/src/contract/triage';
import type {ApiError} from '../../api/result';
import {triageRequestChanged} from '../../store/triage_slice';
import {useCompanionClient} from '../common/use_companion_client';

import type {TriageDraft} from './use_triage_draft';

export type Verdict = 'accept' | 'decline' | 'duplicate';

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

// Only the fields the chosen action uses, so a stale reason is not sent with an accept.
export function decisionBody(verdict: Verdict, d: TriageDraft): TriageDecisionBody {
    const note = optional(d.note);
    if (verdict === 'decline') {
        return {action: 'decline', reason: d.reason.trim(), note};
    }
    if (verdict === 'duplicate') {
        return {action: 'duplicate', duplicateOf: d.duplicateOf, note};
    }
    return {action: 'accept', priority: d.priority, category: d.category, area: optional(d.area), ownerId: optional(d.ownerId), note};
}

/** Sends one decision; on success the store learns the new request and onDecided moves the walk on. */
export function useTriageDecision(onDecided: (id: string) => void) {
    const client = useCompanionClient();
    const dispatch = useDispatch();
    const [isBusy, setBusy] = useState(false);
    // Kept with the request it is about, so moving on does not carry it to the next one.
    const [failed, setFailed] = useState<{id: string; error: ApiError} | null>(null);
    const decide = async (id: string, verdict: Verdict, draft: TriageDraft) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const result = await client.decide(id, decisionBody(verdict, draft));
        setBusy(false);
        setFailed(result.ok ? null : {id, error: result.error});
        if (result.ok) {
            dispatch(triageRequestChanged(result.value));
            onDecided(id);
        }
    };
    const errorFor = (id: string | undefined) => (failed && failed.id === id ? failed.error : null);
    return {decide, isBusy, errorFor};
}
