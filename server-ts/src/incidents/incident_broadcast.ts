import type {IncidentRow} from '../db/incident_rows.js';
import {severityLabel} from '../domain/severity.js';
import type {StepDeps} from './step_deps.js';

export type BroadcastKind = 'status_update' | 'resolved';
type Problem = (message: string, detail: object) => void;

const QUOTE_MAX = 1000;

const quote = (text: string) => Array.from(text).slice(0, QUOTE_MAX).join('').split('\n').map((line) => `> ${line}`).join('\n');
const headline = (row: IncidentRow) => `${row.isDrill ? 'DRILL · ' : ''}${severityLabel(row.severity)} incident ${row.number}: ${row.title}`;

// What the template's broadcast channels learn after a status update or a resolution. A private incident's
// title, channel and text are need-to-know, so (as with the declaration broadcast) only its existence is said.
export function broadcastChangeText(row: IncidentRow, kind: BroadcastKind, text: string, actorUsername: string): string {
    const label = `${severityLabel(row.severity)} incident (${row.number})`;
    if (row.isPrivate) {
        return kind === 'resolved' ? `:lock: The private ${label} is resolved.` :
            `:lock: The private ${label} has a new status update. Commander: @${row.commanderUsername ?? ''}; ask them if you need access.`;
    }
    if (kind === 'resolved') {
        return `:white_check_mark: **Resolved: ${headline(row)}** in ~${row.channelName} (by @${actorUsername})\n${quote(text)}`;
    }
    return `:mega: **Status update · ${headline(row)}** · ${row.status} · in ~${row.channelName} (by @${actorUsername})\n${quote(text)}`;
}

// Best effort, after the change is committed: a channel that is gone or a Mattermost hiccup is logged,
// never turned into a failed update (the incident channel and the timeline already have it).
export async function broadcastChange(deps: StepDeps & {onProblem?: Problem}, row: IncidentRow, kind: BroadcastKind, message: string): Promise<void> {
    for (const name of row.declaration?.broadcastChannels ?? []) {
        const channel = await deps.bot.getChannelByName(row.teamId, name);
        if (!channel.ok || channel.value === null) {
            deps.onProblem?.('broadcast channel not found', {incidentId: row.id, channel: name, failure: channel.ok ? 'missing' : channel.error});
            continue;
        }
        const posted = await deps.bot.createPost({channelId: channel.value.id, message,
            props: {sre_incident_id: row.id, sre_step: `${kind}_broadcast`}});
        if (!posted.ok) {
            deps.onProblem?.('broadcast not posted', {incidentId: row.id, channel: name, failure: posted.error});
        }
    }
}
