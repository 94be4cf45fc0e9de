import {useMemo, useState} from 'react';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';

import {walkOrder} from './triage_order';

type Snapshot = {ids: string[]; index: number};

// The order is fixed when the queue first arrives, so live updates do not reshuffle what is being walked.
function snapshot(requests: readonly TriageRequestView[], from: string): Snapshot {
    const ids = walkOrder(requests).map((r) => r.id);
    const list = from && !ids.includes(from) ? [from, ...ids] : ids;
    return {ids: list, index: Math.max(0, list.indexOf(from))};
}

/**
 * Walks the queue one request at a time. index === ids.length is the end, where only Previous makes sense.
 * A decided request leaves the walk, so the next one moves into its place.
 */
export function useTriageWalk(requests: readonly TriageRequestView[] | null, from: string) {
    const [walk, setWalk] = useState<Snapshot | null>(null);
    if (walk === null && requests) {
        setWalk(snapshot(requests, from));
    }
    const byId = useMemo(() => new Map((requests ?? []).map((r) => [r.id, r])), [requests]);
    const ids = walk?.ids ?? [];
    const index = walk?.index ?? 0;
    const id = ids[index];
    const move = (by: number) => setWalk((w) => w && {...w, index: Math.min(Math.max(w.index + by, 0), w.ids.length)});
    const decided = (doneId: string) => setWalk((w) => w && {...w, ids: w.ids.filter((x) => x !== doneId)});
    return {
        isReady: walk !== null,
        current: id === undefined ? undefined : byId.get(id),
        position: index + 1,
        total: ids.length,
        previous: () => move(-1),
        next: () => move(1),
        decided,
    };
}
