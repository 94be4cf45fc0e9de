import {useCallback, useEffect, useState} from 'react';

import type {TemplateView} from '../../../../server-ts/src/contract/incidents';
import type {ApiError} from '../../api/result';
import {useCompanionClient} from '../common/use_companion_client';

export type TemplatesState = {templates: TemplateView[] | null; error: ApiError | null; reload: () => void};

/** The companion's templates, loaded on mount and on reload(). */
export function useTemplates(): TemplatesState {
    const client = useCompanionClient();
    const [templates, setTemplates] = useState<TemplateView[] | null>(null);
    const [error, setError] = useState<ApiError | null>(null);
    const [generation, setGeneration] = useState(0);
    useEffect(() => {
        let isCurrent = true;
        void client.listTemplates().then((r) => {
            if (!isCurrent) {
                return;
            }
            setTemplates(r.ok ? r.value : null);
            setError(r.ok ? null : r.error);
        });
        return () => {
            isCurrent = false;
        };
    }, [client, generation]);
    const reload = useCallback(() => setGeneration((g) => g + 1), []);
    return {templates, error, reload};
}
