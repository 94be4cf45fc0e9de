import {useEffect, useState} from 'react';

import type {TriageRequestWithTimeline} from '../../../../server-ts/src/contract/triage';
import {useCompanionClient} from '../common/use_companion_client';

/** The suggestion (and timeline) of one request; the queue row alone does not carry them. */
export function useTriageDetail(id: string | undefined): TriageRequestWithTimeline | null {
    const client = useCompanionClient();
    // Kept with its id, so the last request's suggestion never shows beside the next one.
    const [loaded, setLoaded] = useState<TriageRequestWithTimeline | null>(null);
    useEffect(() => {
        if (id === undefined) {
            return undefined;
        }
        let isCurrent = true;
        void client.getRequest(id).then((r) => {
            // Without the detail the modal still works; it just shows no suggestion.
            if (isCurrent && r.ok) {
                setLoaded(r.value);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client, id]);
    return loaded && loaded.request.id === id ? loaded : null;
}
