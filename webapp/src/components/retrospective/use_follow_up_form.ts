import {useState, type FormEvent} from 'react';
import {useIntl} from 'react-intl';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import type {TriageCategory} from '../../../../server-ts/src/contract/triage';
import type {ApiError} from '../../api/result';
import {useSreEnv} from '../common/sre_env';

import {useRetroClient} from './use_retro_client';

export type FollowUpDraft = {title: string; owner: Person | null; dueDate: string; category: TriageCategory};
const EMPTY: FollowUpDraft = {title: '', owner: null, dueDate: '', category: 'reliability'};

/**
 * The "add a follow-up" form: checked here for what is missing, then sent with one idempotency key per follow-up,
 * so a retried click never files the same work twice. A new key (and an empty form) once it is on the board.
 */
export function useFollowUpForm(incidentId: string, onAdded: (r: RetrospectiveView) => void) {
    const {formatMessage} = useIntl();
    const {newId} = useSreEnv();
    const client = useRetroClient();
    const [draft, setDraft] = useState<FollowUpDraft>(EMPTY);
    const [key, setKey] = useState(newId);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [failure, setFailure] = useState<ApiError | null>(null);
    const [isBusy, setBusy] = useState(false);
    const change = (patch: Partial<FollowUpDraft>) => setDraft((d) => ({...d, ...patch}));
    const submit = async (e: FormEvent) => {
        e.preventDefault();
        if (isBusy) {
            return;
        }
        const missing = {
            ...(draft.title.trim() === '' ? {title: formatMessage({id: 'retro.followUp.needTitle', defaultMessage: 'Say what should be done.'})} : {}),
            ...(draft.owner ? {} : {ownerUsername: formatMessage({id: 'retro.followUp.needOwner', defaultMessage: 'Choose who will do it.'})}),
            ...(draft.dueDate === '' ? {dueDate: formatMessage({id: 'retro.followUp.needDue', defaultMessage: 'Choose a due date.'})} : {}),
        };
        setErrors(missing);
        if (Object.keys(missing).length > 0 || !draft.owner) {
            return;
        }
        setBusy(true);
        const added = await client.addFollowUp(incidentId, {idempotencyKey: key, title: draft.title.trim(), ownerUsername: draft.owner.username,
            dueDate: draft.dueDate, category: draft.category});
        setBusy(false);
        setErrors(added.ok ? {} : added.error.fields ?? {});
        setFailure(added.ok ? null : added.error);
        if (added.ok) {
            setDraft(EMPTY);
            setKey(newId());
            onAdded(added.value);
        }
    };
    return {draft, change, errors, failure, isBusy, submit};
}
