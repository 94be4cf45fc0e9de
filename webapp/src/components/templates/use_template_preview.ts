import {useEffect, useState} from 'react';

import type {TemplatePreview} from '../../../../server-ts/src/contract/incidents';
import {useSreEnv} from '../common/sre_env';
import {useCompanionClient} from '../common/use_companion_client';

import {inputOf, type TemplateDraft} from './template_draft';

const DEBOUNCE_MS = 400;

/** Asks the companion to render the draft a moment after typing stops; also returns its field errors. */
export function useTemplatePreview(draft: TemplateDraft) {
    const client = useCompanionClient();
    const {schedule} = useSreEnv();
    const [preview, setPreview] = useState<TemplatePreview | null>(null);
    const [fields, setFields] = useState<Record<string, string>>({});
    useEffect(() => {
        let isCurrent = true;
        const cancel = schedule(() => {
            void client.previewTemplate(inputOf(draft)).then((r) => {
                if (!isCurrent) {
                    return;
                }
                setPreview(r.ok ? r.value : null);
                setFields(r.ok ? {} : (r.error.fields ?? {}));
            });
        }, DEBOUNCE_MS);
        return () => {
            isCurrent = false;
            cancel();
        };
    }, [client, schedule, draft]);
    return {preview, fields};
}
