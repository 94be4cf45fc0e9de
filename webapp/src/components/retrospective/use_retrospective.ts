import {useCallback, useEffect, useState} from 'react';
import {useIntl, type IntlShape, type MessageDescriptor} from 'react-intl';

import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import type {ApiError} from '../../api/result';

import {bodyOf, draftOf, isDirty, type DraftProblems, type RetroDraft} from './retro_draft';
import {useRetroClient} from './use_retro_client';

// Someone saved first: their retrospective, to reload, and the companion's words for it.
export type Conflict = {current: RetrospectiveView; message: string};
type Problem = {error: ApiError | null; fields: Record<string, string>; conflict: Conflict | null};
const NONE: Problem = {error: null, fields: {}, conflict: null};

const DRAFT_PROBLEMS: Record<DraftProblems[string], MessageDescriptor> = {
    duration: {id: 'retro.problem.duration', defaultMessage: 'Whole minutes, 0 or more.'},
    time: {id: 'retro.problem.time', defaultMessage: 'Choose the date and time.'},
};

const said = (intl: IntlShape, problems: DraftProblems): Problem =>
    ({...NONE, fields: Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, intl.formatMessage(DRAFT_PROBLEMS[p])]))});

/** Loads the retrospective of an incident; the editor works on a draft of it until the draft is saved. */
function useLoadedRetrospective(incidentId: string) {
    const client = useRetroClient();
    const [retro, setRetro] = useState<RetrospectiveView | null>(null);
    const [draft, setDraft] = useState<RetroDraft | null>(null);
    const [loadError, setLoadError] = useState<ApiError | null>(null);
    const show = useCallback((r: RetrospectiveView) => {
        setRetro(r);
        setDraft(draftOf(r));
    }, []);
    const load = useCallback(() => {
        let isCurrent = true;
        void client.getRetrospective(incidentId).then((r) => {
            if (isCurrent) {
                setLoadError(r.ok ? null : r.error);
            }
            if (isCurrent && r.ok) {
                show(r.value);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, incidentId, show]);
    useEffect(load, [load]);
    return {client, retro, setRetro, draft, setDraft, show, loadError, reload: load};
}

type Loaded = ReturnType<typeof useLoadedRetrospective>;

/** Saving the draft: refused in place for what the form can tell, 409 kept as a conflict to resolve, else the saved review shown. */
function useRetroSave({client, draft, show}: Loaded, incidentId: string) {
    const intl = useIntl();
    const [problem, setProblem] = useState<Problem>(NONE);
    const [isBusy, setBusy] = useState(false);
    const save = async (): Promise<RetrospectiveView | null> => {
        const body = draft ? bodyOf(draft) : null;
        if (!body?.ok) {
            setProblem(said(intl, body?.error ?? {}));
            return null;
        }
        setBusy(true);
        const sent = await client.saveRetrospective(incidentId, body.value);
        setBusy(false);
        const outcome = sent.ok ? sent.value : null;
        setProblem(!sent.ok ? {...NONE, error: sent.error, fields: sent.error.fields ?? {}} : outcome?.kind === 'conflict' ? {...NONE, conflict: outcome} : NONE);
        if (outcome?.kind === 'saved') {
            show(outcome.retrospective);
        }
        return outcome?.kind === 'saved' ? outcome.retrospective : null;
    };
    return {problem, setProblem, isBusy, setBusy, save};
}

/** The editor's state and what it does: save the draft (409 → offer theirs), publish, and take in new follow-ups. */
export function useRetrospective(incidentId: string) {
    const loaded = useLoadedRetrospective(incidentId);
    const {client, retro, draft, show} = loaded;
    const {problem, setProblem, isBusy, setBusy, save} = useRetroSave(loaded, incidentId);
    // Unsaved edits are saved first, so what is published is what is on screen.
    const publish = async () => {
        if (!retro || !draft || (isDirty(draft, retro) && !await save())) {
            return;
        }
        setBusy(true);
        const published = await client.publishRetrospective(incidentId);
        setBusy(false);
        setProblem(published.ok ? NONE : {...NONE, error: published.error});
        if (published.ok) {
            show(published.value);
        }
    };
    const takeTheirs = () => {
        if (problem.conflict) {
            show(problem.conflict.current);
        }
        setProblem(NONE);
    };
    // A new follow-up changes the list only: the draft and the version it started from stay as they are.
    return {...loaded, problem, isBusy, save, publish, takeTheirs, followUpAdded: loaded.setRetro, markdownUrl: client.markdownUrl(incidentId)};
}

export type RetroEditing = ReturnType<typeof useRetrospective>;
