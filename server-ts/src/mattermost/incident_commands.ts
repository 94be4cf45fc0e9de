import type {IncidentView} from '../contract/incidents.js';
import {drillMark} from '../domain/incident_posts.js';
import type {Result} from '../domain/result.js';
import {severityLabel} from '../domain/severity.js';
import {usageOf, type SlashReply, type SreCommand} from '../domain/sre_command.js';
import type {Actor, InteractionDeps} from './interaction_ports.js';

export type IncidentCommand = Extract<SreCommand, {kind: 'update' | 'status' | 'sev' | 'role' | 'resolve' | 'reopen'}>;

const ephemeral = (text: string): SlashReply => ({response_type: 'ephemeral', text});

// The in-channel subcommands act on the incident whose channel they are typed in.
export async function runIncidentCommand(deps: InteractionDeps, command: IncidentCommand, channelId: string, actor: Actor): Promise<SlashReply> {
    const found = await deps.incidents.getByChannel(channelId, actor);
    if (found === null) {
        return ephemeral(`No incident in this channel: run this in an incident's channel.\n\n${usageOf(command.kind)}`);
    }
    const id = found.incident.id;
    const done = await apply(deps, command, id, actor);
    if (typeof done === 'string') {
        return ephemeral(done);
    }
    return ephemeral(done.ok ? confirmation(command, done.value) : problemText(done.error));
}

async function apply(deps: InteractionDeps, command: IncidentCommand, id: string, actor: Actor): Promise<Result<IncidentView, string> | string> {
    const {incidents} = deps;
    switch (command.kind) {
    case 'update':
        return incidents.postUpdate(id, command.text, actor);
    case 'status':
        return incidents.changeStatus(id, command.status, actor);
    case 'sev':
        return incidents.changeSeverity(id, command.severity, actor);
    case 'resolve':
        return incidents.resolve(id, command.summary, actor);
    case 'reopen':
        return incidents.reopen(id, actor);
    case 'role': {
        const user = await deps.bot.getUserByUsername(command.username);
        if (!user.ok) {
            return `Mattermost did not answer (${user.error.message}); try again.`;
        }
        return user.value === null ? `There is no user @${command.username}.` :
            incidents.assignRole(id, command.role, {id: user.value.id, username: user.value.username}, actor);
    }
    }
}

function confirmation(command: IncidentCommand, incident: IncidentView): string {
    const name = `${drillMark(incident.isDrill)}incident ${incident.number}`;
    switch (command.kind) {
    case 'update':
        return `Status update posted in ${name}; the next one is due ${dueText(incident)}.`;
    case 'status':
        return `The status of ${name} is now **${incident.status}**.`;
    case 'sev':
        return `The severity of ${name} is now **${severityLabel(incident.severity)}**.`;
    case 'role':
        return `@${command.username} is now the ${command.role} of ${name}.`;
    case 'resolve':
        return `Resolved ${name}. Reminders stopped; \`/sre reopen\` if it comes back.`;
    case 'reopen':
        return `Reopened ${name}: the status is **${incident.status}** and reminders are back on.`;
    }
}

const dueText = (incident: IncidentView) => (incident.nextUpdateDueAt === null ? 'never (no reminders)' : `at ${incident.nextUpdateDueAt.slice(11, 16)} UTC`);

// The service's error convention (issue 5 design): 'not_found' hides what a non-member may not see.
export function problemText(error: string): string {
    if (error === 'not_found') {
        return 'No incident here, or you are not a member of its channel.';
    }
    const forbidden = /^forbidden:\s*(.*)$/s.exec(error);
    return forbidden ? `You cannot do that: ${forbidden[1] ?? ''}` : capitalize(error);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
