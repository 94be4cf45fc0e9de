import type {Result} from '../domain/result.js';
import {err, ok} from '../domain/result.js';
import {parseSwapWindow, swapAnswerText, type SwapProposal} from '../domain/oncall_swap.js';
import {scheduleProblem} from '../domain/oncall_schedule_parse.js';
import type {Actor} from '../incidents/access.js';
import type {ScheduleFailure, ScheduleService} from './schedule_service.js';

// Direct messages as the bot: the ask carries Accept / Decline buttons for `to`.
export type SwapMessenger = {
    ask: (proposal: SwapProposal) => Promise<Result<true, string>>;
    tell: (username: string, text: string) => Promise<void>;
};

export type SwapService = {
    propose: (scheduleId: string, body: {username: string; start: string; end: string}, actor: Actor) => Promise<Result<{message: string}, ScheduleFailure>>;
    // The answer of the person asked (a button in their DM); the text replaces the ask.
    answer: (proposal: SwapProposal, isAccepted: boolean, clicker: Actor) => Promise<Result<string, string>>;
};

type Deps = {
    schedules: Pick<ScheduleService, 'get' | 'addOverride'>;
    knownUsernames: (names: string[]) => Promise<ReadonlySet<string> | null>;
    messenger: SwapMessenger;
    now?: () => Date;
};

const invalid = (fields: Record<string, string>) => err<ScheduleFailure>({kind: 'invalid', problem: scheduleProblem(fields)});

export function createSwapService(deps: Deps): SwapService {
    return {
        propose: async (scheduleId, body, actor) => {
            const schedule = await deps.schedules.get(scheduleId);
            if (schedule === null) {
                return err({kind: 'not_found'});
            }
            const to = body.username.trim().replace(/^@/, '').toLowerCase();
            const known = await deps.knownUsernames([to]);
            if (known === null) {
                return err({kind: 'unavailable', message: 'Mattermost did not answer: try again'});
            }
            const window = parseSwapWindow(body, deps.now?.() ?? new Date());
            const problems = {...(window.ok ? {} : window.error),
                ...(to === actor.username.toLowerCase() ? {username: 'ask someone other than yourself'} : {}),
                ...(known.has(to) ? {} : {username: `no Mattermost user "${body.username}"`})};
            if (!window.ok || Object.keys(problems).length > 0) {
                return invalid(problems);
            }
            const proposal = {scheduleId, scheduleName: schedule.name, from: actor.username.toLowerCase(), to, ...window.value};
            const asked = await deps.messenger.ask(proposal);
            return asked.ok ? ok({message: `Asked @${to} by direct message; you will hear back there.`}) :
                err({kind: 'unavailable', message: `The direct message to @${to} failed (${asked.error}): try again`});
        },
        answer: async (proposal, isAccepted, clicker) => {
            if (clicker.username.toLowerCase() !== proposal.to) {
                return err(`Only @${proposal.to} can answer this swap.`);
            }
            if (isAccepted) {
                const placed = await deps.schedules.addOverride(proposal.scheduleId, {user: proposal.to, start: proposal.start, end: proposal.end});
                if (!placed.ok) {
                    return err(placed.error.kind === 'not_found' ? 'That schedule no longer exists.' : 'The schedule could not be changed: tap again.');
                }
            }
            const text = swapAnswerText(proposal, isAccepted);
            await deps.messenger.tell(proposal.from, text);
            return ok(text);
        },
    };
}
