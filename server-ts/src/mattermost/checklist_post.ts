import {Type} from 'typebox';
import type {ChecklistItem, IncidentView} from '../contract/incidents.js';
import {clip} from '../domain/incident_posts.js';
import {escapeLinkText} from '../domain/runbook_text.js';
import {ACTION_PATH} from './interaction_paths.js';
import {signPayload} from './signed_context.js';

// Signed into each button's context (CONTRACTS.md c: Mattermost does not sign action requests).
export const TickContext = Type.Object({incidentId: Type.String(), index: Type.Integer({minimum: 0}), action: Type.Literal('tick')});

export type ButtonSigning = {companionUrl: string; signingSecret: string};
type ButtonAction = {id: string; type: 'button'; name: string; style: 'default'; integration: {url: string; context: {signed: string}}};
export type ChecklistAttachment = {fallback: string; text: string; actions: ButtonAction[]};
export type ChecklistPost = {
    message: string;
    // sre_incident_id/sre_step let the declaration saga find this post again on a retry (issue 5 design).
    props: {sre_incident_id: string; sre_step: 'checklist_post'; attachments: ChecklistAttachment[]};
};

const BUTTON_TITLE_MAX = 50;

// The checklist as a post with one button per open step, so phones (no webapp sidebar) can tick steps.
// The declaration saga posts it; a button click replaces message and props with a fresh copy.
export function checklistPost(incident: IncidentView, signing: ButtonSigning): ChecklistPost {
    return {
        message: checklistMessage(incident),
        props: {sre_incident_id: incident.id, sre_step: 'checklist_post', attachments: checklistAttachments(incident, signing)},
    };
}

export function checklistAttachments(incident: IncidentView, signing: ButtonSigning): ChecklistAttachment[] {
    const open = incident.checklist.map((item, index) => ({item, index})).filter(({item}) => item.doneAt === null);
    if (incident.checklist.length === 0) {
        return [];
    }
    if (open.length === 0 || incident.status === 'resolved') {
        return [{fallback: 'Checklist', text: open.length === 0 ? 'Every step is done.' : 'The incident is resolved.', actions: []}];
    }
    return [{
        fallback: `${open.length} checklist steps open`,
        text: 'Tap a step when it is done.',
        actions: open.map(({item, index}) => ({
            // Letters and digits only: Mattermost clients mishandle '_' and '-' in action ids (CONTRACTS.md c).
            id: `tick${index}`, type: 'button', name: `✓ ${clip(item.title, BUTTON_TITLE_MAX)}`, style: 'default',
            integration: {
                url: `${signing.companionUrl}${ACTION_PATH}`,
                context: {signed: signPayload({incidentId: incident.id, index, action: 'tick'}, signing.signingSecret)},
            },
        })),
    }];
}

// A library runbook by its title (it says what the step needs), then a plain link if the step has one too.
function runbookLinks(step: ChecklistItem): string {
    const library = step.runbook ? ` · runbook: [${escapeLinkText(step.runbook.title)}](${step.runbook.url})` : '';
    return `${library}${step.runbookUrl ? ` · [${library === '' ? 'runbook' : 'link'}](${step.runbookUrl})` : ''}`;
}

function checklistMessage(incident: IncidentView): string {
    const lines = incident.checklist.map((step, i) => {
        const runbook = runbookLinks(step);
        return step.doneAt === null ? `${i + 1}. ${step.title}${runbook}` : `${i + 1}. :white_check_mark: ~~${step.title}~~${runbook}`;
    });
    const done = incident.checklist.filter((s) => s.doneAt !== null).length;
    return [`#### Checklist (${done}/${incident.checklist.length} done)`, ...lines, '', 'Tick steps with the buttons below or in the SRE Toolkit sidebar.'].join('\n');
}
