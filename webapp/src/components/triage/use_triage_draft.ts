import {useState} from 'react';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';

export type TriageDraft = {
    priority: string;
    category: string;
    area: string;
    ownerId: string;
    reason: string;
    duplicateOf: string;
    note: string;
};

const fromRequest = (r: TriageRequestView | undefined): TriageDraft => ({
    priority: r?.priority ?? 'p3', category: r?.category ?? 'ktlo', area: r?.area ?? '', ownerId: r?.owner?.id ?? '',
    reason: '', duplicateOf: '', note: '',
});

/** The decision being made about one request; starts again from the request's values when the request changes. */
export function useTriageDraft(request: TriageRequestView | undefined) {
    const [state, setState] = useState({forId: request?.id, draft: fromRequest(request)});
    // Reset during render rather than in an effect, so a new request never shows the last one's choices.
    if (state.forId !== request?.id) {
        setState({forId: request?.id, draft: fromRequest(request)});
    }
    const draft = state.forId === request?.id ? state.draft : fromRequest(request);
    const change = (patch: Partial<TriageDraft>) => setState((s) => ({...s, draft: {...s.draft, ...patch}}));
    return {draft, change};
}
