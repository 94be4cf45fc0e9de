import {useState} from 'react';

import type {ApiError, Result} from '../../api/result';

/** One companion call behind a form: busy while it runs (a second submit is ignored), then its error or its answer. */
export function useAction<T>() {
    const [isBusy, setBusy] = useState(false);
    const [error, setError] = useState<ApiError | null>(null);
    const [done, setDone] = useState<T | null>(null);
    const run = async (call: () => Promise<Result<T, ApiError>>) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const result = await call();
        setBusy(false);
        setError(result.ok ? null : result.error);
        setDone(result.ok ? result.value : null);
    };
    return {run, isBusy, error, done, fail: setError};
}
