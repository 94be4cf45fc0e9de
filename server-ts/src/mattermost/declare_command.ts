import {createHash, randomUUID} from 'node:crypto';
import type {IncidentView, TemplateView} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {err, ok, type Result} from '../domain/result.js';
import {severityLabel} from '../domain/severity.js';
import {SLASH_TRIGGER, type SlashReply} from '../domain/sre_command.js';
import {declareDialog, type DeclareState} from './dialogs.js';
import {DIALOG_PATH} from './interaction_paths.js';
import type {Actor, InteractionDeps} from './interaction_ports.js';
import {signPayload} from './signed_context.js';

export type SlashContext = {teamId: string; channelId: string; triggerId: string};

// `/sre declare sevN title` has no template field: each severity maps to a seeded template by slug; when
// an SRE archived or renamed it, the first public non-drill template of the matching tier stands in.
const QUICK_TEMPLATE: Record<Severity, string> = {sev1: 'cloud-outage', sev2: 'degraded-service', sev3: 'internal-platform', sev4: 'internal-platform'};
export const QUICK_DECLARE_HELP = `\`/${SLASH_TRIGGER} declare sevN title\` uses the template ${
    (Object.entries(QUICK_TEMPLATE) as [Severity, string][]).map(([s, slug]) => `${severityLabel(s)} → ${slug}`).join(', ')}; pick another in the dialog (\`/${SLASH_TRIGGER} declare\`).`;

// Long enough to fill in the form on a phone, short enough that a leaked state soon stops working.
const DIALOG_STATE_MS = 60 * 60 * 1000;

const ephemeral = (text: string): SlashReply => ({response_type: 'ephemeral', text});

export async function declareNow(deps: InteractionDeps, ctx: SlashContext, actor: Actor, severity: Severity, title: string): Promise<SlashReply> {
    const template = quickTemplate(await deps.templates.list(false), severity);
    if (!template.ok) {
        return ephemeral(template.error);
    }
    const declared = await deps.incidents.declare({
        idempotencyKey: idempotencyKeyOf(ctx.triggerId), teamId: ctx.teamId, templateId: template.value.id, title, severity,
    }, actor);
    if (!declared.ok) {
        const problems = Object.entries(declared.error).map(([field, message]) => `* ${field}: ${message}`);
        return ephemeral(['Nothing was declared:', ...problems].join('\n'));
    }
    return ephemeral(declaredText(declared.value.incident, declared.value.replayed, template.value.name));
}

function quickTemplate(templates: readonly TemplateView[], severity: Severity): Result<TemplateView, string> {
    const usable = templates.filter((t) => !t.isArchived && !t.isDrill && !t.isPrivate);
    const found = usable.find((t) => t.slug === QUICK_TEMPLATE[severity]) ?? usable.find((t) => t.defaultSeverity === severity) ?? usable[0];
    return found ? ok(found) : err(`No template to declare with: ask an SRE to add one, or use \`/${SLASH_TRIGGER} declare\`.`);
}

// Mattermost issues one trigger id per command run, so a retried request maps to the same incident.
export function idempotencyKeyOf(triggerId: string): string {
    const seed = triggerId === '' ? randomUUID() : triggerId;
    return `slash-${createHash('sha256').update(seed).digest('hex').slice(0, 40)}`;
}

function declaredText(incident: IncidentView, replayed: boolean, templateName: string): string {
    const what = `${severityLabel(incident.severity)} incident ${incident.number}: ${incident.title}`;
    const where = incident.pendingSteps.includes('create_channel') ?
        `Its channel ~${incident.channelName} is being set up; it will appear shortly.` : `Join it in ~${incident.channelName}.`;
    return `${replayed ? 'Already declared' : 'Declared'} ${what} (template ${templateName}). ${where}`;
}

export async function openDeclareDialog(deps: InteractionDeps, ctx: SlashContext, actor: Actor,
    preset: {severity: Severity | null; title: string}): Promise<SlashReply> {
    const now = (deps.now ?? (() => new Date()))();
    const state: DeclareState = {userId: actor.id, teamId: ctx.teamId, channelId: ctx.channelId,
        idempotencyKey: `dialog-${randomUUID()}`, expiresAt: now.getTime() + DIALOG_STATE_MS};
    const templates = await deps.templates.list(false);
    const dialog = declareDialog(templates, {...preset, commanderId: actor.id}, signPayload(state, deps.signingSecret));
    const opened = await deps.bot.openDialog({trigger_id: ctx.triggerId, url: `${deps.companionUrl}${DIALOG_PATH}`, dialog});
    // An empty text posts nothing: the dialog is the answer (CONTRACTS.md a).
    return opened.ok ? ephemeral('') : ephemeral(`Could not open the declare dialog (${opened.error.message}). Try again, or use \`/${SLASH_TRIGGER} declare sev2 <title>\`.`);
}
