import {useEffect, useState} from 'react';

import type {Me} from '../../api/incident_shapes';
import {useCompanionClient} from '../common/use_companion_client';

/** Who the companion says I am (null until it answers, or when it cannot). */
export function useMe(): Me | null {
    const client = useCompanionClient();
    const [me, setMe] = useState<Me | null>(null);
    useEffect(() => {
        let isCurrent = true;
        void client.me().then((r) => {
            if (isCurrent) {
                setMe(r.ok ? r.value : null);
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [client]);
    return me;
}
