import {useCallback, useEffect, useMemo, useState} from 'react';

import type {KpiDetails, KpiWeek, WeeklyKpis} from '../../api/kpi_shapes';
import {createKpisClient, type KpisClient} from '../../api/kpis_client';
import type {ApiError, Result} from '../../api/result';
import {useClientOf} from '../common/use_companion_client';

/** The companion's KPI routes for the current settings. */
export const useKpisClient = (): KpisClient => useClientOf(createKpisClient);

export type Loaded<T> = {value: T | null; error: ApiError | null; reload: () => void};

// One request's value or error, refetched when `load` changes or on reload; an answer to an older request is dropped.
function useLoaded<T>(load: (() => Promise<Result<T, ApiError>>) | null): Loaded<T> {
    const [attempt, setAttempt] = useState(0);
    // A new object per request: an answer counts only while it belongs to the latest one.
    const request = useMemo(() => ({load, attempt}), [load, attempt]);
    const [answer, setAnswer] = useState<{request: unknown; value: T | null; error: ApiError | null} | null>(null);
    useEffect(() => {
        let isLatest = true;
        void request.load?.().then((r) => {
            if (isLatest) {
                setAnswer(r.ok ? {request, value: r.value, error: null} : {request, value: null, error: r.error});
            }
        });
        return () => {
            isLatest = false;
        };
    }, [request]);
    const reload = useCallback(() => setAttempt((n) => n + 1), []);
    const current = answer?.request === request ? answer : null;
    return {value: current?.value ?? null, error: current?.error ?? null, reload};
}

/** The last `weeks` weeks (the current one last, still running). */
export function useWeeklyKpis(weeks: number): Loaded<WeeklyKpis> {
    const client = useKpisClient();
    return useLoaded(useCallback(() => client.getWeeklyKpis({weeks}), [client, weeks]));
}

/** What one week's figures were counted from; nothing is fetched while no week is chosen. */
export function useKpiDetails(week: KpiWeek | null): Loaded<KpiDetails> {
    const client = useKpisClient();
    const from = week?.from;
    const to = week?.to;
    return useLoaded(useMemo(() => (from && to ? () => client.getKpiDetails({from, to}) : null), [client, from, to]));
}
