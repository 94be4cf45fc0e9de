import type {IncidentView} from '../contract/incidents.js';
import type {PageView} from '../contract/paging.js';
import {drillMark} from '../domain/incident_posts.js';
import {parsePageText, splitRealFlag} from '../domain/paging_command.js';
import {usageOf, type SlashReply} from '../domain/sre_command.js';
import type {SlashContext} from './declare_command.js';
import type {Actor, InteractionDeps} from './interaction_ports.js';

const ephemeral = (text: string): SlashReply => ({response_type: 'ephemeral', text});

// `/sre page <@user|schedule> [--real] <message>`; typed in an incident's channel, the page belongs to that incident
// (and from a drill's channel it goes out only with --real).
export async function runPageCommand(deps: InteractionDeps, raw: string, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    const {text, isReal} = splitRealFlag(raw);
    const parsed = parsePageText(text, await deps.pages.scheduleNames());
    if (!parsed.ok) {
        return ephemeral(`${parsed.error}\n\n${usageOf('page')}`);
    }
    const {target, message} = parsed.value;
    const incident = ctx.channelId === '' ? null : await deps.incidents.getByChannel(ctx.channelId, actor);
    const created = await deps.pages.create({
        target: target.kind === 'user' ? {kind: 'user', username: target.username} : {kind: 'schedule', scheduleId: target.id},
        message, ...(incident === null ? {} : {incidentId: incident.incident.id}), real: isReal,
    }, actor);
    if (!created.ok) {
        // The drill refusal is a whole sentence with what to do, not a field to correct.
        const problems = Object.entries(created.error).map(([field, problem]) => `* ${field === '_' || field === 'real' ? '' : `${field}: `}${problem}`);
        return ephemeral(['Nobody was paged:', ...problems].join('\n'));
    }
    return ephemeral(confirmation(created.value, incident === null ? null : incident.incident));
}

function confirmation(page: PageView, incident: Pick<IncidentView, 'number' | 'isDrill'> | null): string {
    const about = incident === null ? '' : ` for ${drillMark(incident.isDrill)}incident #${incident.number}`;
    if (page.status === 'exhausted') {
        return `Page #${page.number}${about}: nobody is on call in ${page.targetName}, so the SRE team was alerted instead.`;
    }
    const reached = page.notified.map((u) => `@${u}`).join(', ');
    return `Page #${page.number}${about} sent to ${reached} (${page.targetName}). It escalates until someone acknowledges; ` +
        'follow it in the SRE Toolkit sidebar.';
}
