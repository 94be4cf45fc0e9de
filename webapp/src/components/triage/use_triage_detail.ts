import {useEffect, useState} from 'react';

import type {TriageRequestView, TriageRequestWithTimeline} from '../../../../server-ts/src/contract/triage';
import {useCompanionClient} from '../common/use_companion_client';

/**
 * The suggestion and timeline of one request; the queue row alone does not carry them. Fetched again whenever the
 * store has a new version of the request (a decision here, or a reload after someone else's), so the timeline
 * shows the latest event.
 */
export function useTriageDetail(request: TriageRequestView | undefined): TriageRequestWithTimeline | null {
    const client = useCompanionClient();
    // Kept with its id, so the last request's suggestion never shows beside the next one.
    const [loaded, setLoaded] = useState<TriageRequestWithTimeline | null>(null);
    useEffect(() => {
        if (request === undefined) {
            return undefined;
        }
        let isCurrent = true;
        void client.getRequest(request.id).then((r) => {
            // Without the detail the modal still works; it just shows no suggestion and no timeline.
            if (isCurrent && r.ok) {
                setLoaded(r.value);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, request]);
    return loaded && loaded.request.id === request?.id ? loaded : null;
}
