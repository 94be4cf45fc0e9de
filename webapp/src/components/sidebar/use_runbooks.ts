import {useCallback, useEffect, useState} from 'react';

import type {RunbookView} from '../../../../server-ts/src/contract/runbooks';
import type {ApiError} from '../../api/result';
import {createRunbooksClient, type RunbooksClient} from '../../api/runbooks_client';
import {useClientOf} from '../common/use_companion_client';

export type RunbooksState = {
    runbooks: RunbookView[] | null;
    error: ApiError | null;
    search: (query: string) => void;
    markReviewed: (id: string) => void;
    linkOf: RunbooksClient['runbookLink'];
};

/** The runbook list for a query (all of them at first), and marking one reviewed in place. */
export function useRunbooks(): RunbooksState {
    const client = useClientOf(createRunbooksClient);
    const [runbooks, setRunbooks] = useState<RunbookView[] | null>(null);
    const [error, setError] = useState<ApiError | null>(null);
    const search = useCallback((query: string) => {
        void client.searchRunbooks(query).then((r) => {
            setError(r.ok ? null : r.error);
            if (r.ok) {
                setRunbooks(r.value);
            }
        });
    }, [client]);
    const markReviewed = useCallback((id: string) => {
        void client.markRunbookReviewed(id).then((r) => {
            setError(r.ok ? null : r.error);
            if (r.ok) {
                setRunbooks((list) => list?.map((x) => (x.id === id ? r.value : x)) ?? null);
            }
        });
    }, [client]);
    useEffect(() => search(''), [search]);
    return {runbooks, error, search, markReviewed, linkOf: client.runbookLink};
}
