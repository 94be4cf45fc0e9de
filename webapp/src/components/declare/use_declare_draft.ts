import {useState} from 'react';

import type {TemplateView} from '../../../../server-ts/src/contract/incidents';
import type {DeclarePrefill} from '../../store/incident_ui_slice';
import {useTeamPeople} from '../common/use_team_people';

import type {DeclareDraft} from './use_declare_submit';
import {useTemplates} from './use_templates';

/**
 * What the form holds: the first active template until one is chosen, its default severity until one
 * is picked, and me as the commander.
 */
export function useDeclareDraft(prefill: DeclarePrefill) {
    const {me, people} = useTeamPeople();
    const {templates, error: templatesError} = useTemplates();
    const [draft, setDraft] = useState<DeclareDraft>({
        title: prefill.title, summary: prefill.summary, templateId: '', severity: '', commanderId: me, sourcePostId: prefill.sourcePostId,
    });
    const active = (templates ?? []).filter((t) => !t.isArchived);
    const chosen = active.find((t) => t.id === draft.templateId) ?? active[0];
    const full: DeclareDraft = {...draft, templateId: chosen?.id ?? '', severity: draft.severity || (chosen?.defaultSeverity ?? 'sev2')};
    const change = (patch: Partial<DeclareDraft>) => setDraft((d) => ({...d, ...patch}));
    const chooseTemplate = (t: TemplateView) => change({templateId: t.id, severity: t.defaultSeverity});
    return {draft: full, change, chooseTemplate, templates: active, people, templatesError};
}
