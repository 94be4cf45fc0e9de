import {DateTime} from 'luxon';
import {createContext, useContext} from 'react';

import {browserEnv, type CompanionEnv} from '../../api/environment';
import type {OpenEventSource, Schedule} from '../../api/summary_stream';

/** Everything the components take from the browser; tests provide their own through SreEnvContext. */
export type SreEnv = {
    companion: CompanionEnv;
    openEventSource: OpenEventSource;
    schedule: Schedule;
    now: () => DateTime;
    // A fresh random id, e.g. one idempotency key per Declare modal.
    newId: () => string;
};

export const browserSreEnv: SreEnv = {
    companion: browserEnv,
    // withCredentials matters only when an admin points CompanionURL at another origin.
    openEventSource: (url) => new EventSource(url, {withCredentials: true}),
    schedule: (fn, ms) => {
        const timer = window.setTimeout(fn, ms);
        return () => window.clearTimeout(timer);
    },
    now: () => DateTime.now(),
    newId: () => crypto.randomUUID(),
};

export const SreEnvContext = createContext<SreEnv>(browserSreEnv);

export const useSreEnv = (): SreEnv => useContext(SreEnvContext);
