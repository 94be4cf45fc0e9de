import {useState} from 'react';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';

export type TriageDraft = {
    priority: string;
    category: string;
    area: string;
    // The person picked, kept whole so the owner field can show a name the host never loaded.
    owner: Person | null;
    quarter: string;
    // As typed: comma-separated; the companion trims, lowercases and de-duplicates.
    labels: string;
    reason: string;
    duplicateOf: string;
    note: string;
};

export const draftFrom = (r: TriageRequestView | undefined): TriageDraft => ({
    priority: r?.priority ?? 'p3', category: r?.category ?? 'ktlo', area: r?.area ?? '', owner: r?.owner ?? null,
    quarter: r?.quarter ?? '', labels: (r?.labels ?? []).join(', '), reason: '', duplicateOf: '', note: '',
});

/**
 * The decision being made about one request; starts again from the request's values when the request changes,
 * or when `reset` says the request was just saved.
 */
export function useTriageDraft(request: TriageRequestView | undefined) {
    const [state, setState] = useState({forId: request?.id, draft: draftFrom(request)});
    // Reset during render rather than in an effect, so a new request never shows the last one's choices.
    if (state.forId !== request?.id) {
        setState({forId: request?.id, draft: draftFrom(request)});
    }
    const draft = state.forId === request?.id ? state.draft : draftFrom(request);
    const change = (patch: Partial<TriageDraft>) => setState((s) => ({...s, draft: {...s.draft, ...patch}}));
    const reset = (saved: TriageRequestView) => setState({forId: saved.id, draft: draftFrom(saved)});
    return {draft, change, reset};
}
