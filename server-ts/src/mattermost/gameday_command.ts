import type {IncidentView} from '../contract/incidents.js';
import {timeToDetectSeconds} from '../domain/gameday.js';
import {durationText} from '../domain/paging_texts.js';
import {SLASH_TRIGGER, usageOf, type SlashReply, type SreCommand} from '../domain/sre_command.js';
import type {DrillFailure} from '../incidents/gamedays.js';
import {idempotencyKeyOf, type SlashContext} from './declare_command.js';
import type {Actor, InteractionDeps} from './interaction_ports.js';

type GamedayCommand = Extract<SreCommand, {kind: 'gameday'}>;

const ephemeral = (text: string): SlashReply => ({response_type: 'ephemeral', text});
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const command = (words: string) => `\`/${SLASH_TRIGGER} ${words}\``;

// `/sre gameday <scenario>` anywhere; `/sre gameday detected <how>` in the drill's channel.
export async function runGamedayCommand(deps: InteractionDeps, gameday: GamedayCommand, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    return gameday.action === 'start' ? start(deps, gameday.scenario, ctx, actor) : detected(deps, gameday.how, ctx.channelId, actor);
}

async function start(deps: InteractionDeps, scenario: string, ctx: SlashContext, actor: Actor): Promise<SlashReply> {
    const started = await deps.incidents.startGameday({teamId: ctx.teamId, scenario, idempotencyKey: idempotencyKeyOf(ctx.triggerId)}, actor);
    if (!started.ok) {
        const {scenario: problem, ...others} = started.error;
        if (problem !== undefined) {
            return ephemeral(`${capitalize(problem)}.\n\n${usageOf('gameday')}`);
        }
        return ephemeral(['No gameday was started:', ...Object.values(others).map((p) => `* ${p}`)].join('\n'));
    }
    return ephemeral(startedText(started.value.incident, started.value.replayed));
}

function startedText(incident: IncidentView, replayed: boolean): string {
    const where = incident.pendingSteps.includes('create_channel') ?
        `Its channel ~${incident.channelName} is being set up; it will appear shortly.` : `Join it in ~${incident.channelName}.`;
    return `${replayed ? 'Already started' : 'Started'} DRILL · incident ${incident.number}: ${incident.title}, with you as commander. ${where}\n` +
        `Nobody real is paged: a page from its channel needs ${command('page <who> --real <message>')}. ` +
        `When the team notices the fault, record it there with ${command('gameday detected <how>')}.`;
}

async function detected(deps: InteractionDeps, how: string, channelId: string, actor: Actor): Promise<SlashReply> {
    const found = channelId === '' ? null : await deps.incidents.getByChannel(channelId, actor);
    if (found === null || !found.incident.isDrill) {
        return ephemeral(`This is not a drill's channel: run ${command('gameday detected <how>')} in the channel of the gameday's drill.\n\n${usageOf('gameday')}`);
    }
    const {incident} = found;
    const recorded = await deps.incidents.recordDetection(incident.id, how, actor);
    if (!recorded.ok) {
        return ephemeral(refusalText(recorded.error));
    }
    const after = durationText(timeToDetectSeconds(new Date(incident.declaredAt), deps.now?.() ?? new Date()) ?? 0);
    return ephemeral(`Recorded: the team detected the fault of DRILL · incident ${incident.number} after ${after}. ` +
        'It goes into the gameday report of the retrospective.');
}

function refusalText(failure: DrillFailure): string {
    switch (failure.code) {
    case 'not_found':
        return 'No incident here, or you are not a member of its channel.';
    case 'forbidden':
        return `You cannot do that: ${failure.message}`;
    case 'invalid_fields':
        return `${capitalize(Object.values(failure.fields).join('; '))}.\n\n${usageOf('gameday')}`;
    case 'invalid':
    case 'conflict':
        return `${capitalize(failure.message)}.`;
    }
}
