import {useCallback, useEffect, useState} from 'react';

import type {RitualList} from '../../../../server-ts/src/contract/rituals';
import type {ApiError} from '../../api/result';

import {useRitualsClient} from './use_rituals_client';

export type RitualsState = {list: RitualList | null; error: ApiError | null; reload: () => void};

/**
 * Every ritual, loaded on mount, on reload() and whenever `version` changes: the sidebar passes the summary's next
 * times, so the occurrences shown move on when a ritual has passed or was edited elsewhere.
 */
export function useRituals(version: string): RitualsState {
    const client = useRitualsClient();
    const [list, setList] = useState<RitualList | null>(null);
    const [error, setError] = useState<ApiError | null>(null);
    const [generation, setGeneration] = useState(0);
    useEffect(() => {
        let isCurrent = true;
        void client.listRituals().then((r) => {
            if (!isCurrent) {
                return;
            }
            setError(r.ok ? null : r.error);
            if (r.ok) {
                setList(r.value);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, generation, version]);
    const reload = useCallback(() => setGeneration((g) => g + 1), []);
    return {list, error, reload};
}
