import {Type, type Static} from 'typebox';
import type {Result} from '../domain/result.js';
import {err, ok} from '../domain/result.js';
import {swapAskText, type SwapProposal} from '../domain/oncall_swap.js';
import type {SwapMessenger, SwapService} from '../oncall/schedule_swaps.js';
import type {ButtonSigning} from './checklist_post.js';
import {ACTION_PATH} from './interaction_paths.js';
import {actorOf, type InteractionBot} from './interaction_ports.js';
import type {PagingBot} from './page_bot.js';
import {signPayload} from './signed_context.js';
import type {ActionAnswer} from './triage_buttons.js';

// Signed into the Accept / Decline buttons of a swap request (Mattermost does not sign action requests).
export const SwapButtonContext = Type.Object({
    swap: Type.Object({scheduleId: Type.String(), scheduleName: Type.String(), from: Type.String(), to: Type.String(), start: Type.String(), end: Type.String()}),
    isAccepted: Type.Boolean(),
});
type SwapButtonContext = Static<typeof SwapButtonContext>;

const proposalOf = ({swap}: SwapButtonContext): SwapProposal => ({...swap, start: new Date(swap.start), end: new Date(swap.end)});

function swapAttachment(proposal: SwapProposal, signing: ButtonSigning) {
    const swap = {...proposal, start: proposal.start.toISOString(), end: proposal.end.toISOString()};
    // Letters and digits only in action ids: Mattermost clients mishandle '_' and '-' (CONTRACTS.md c).
    const button = (isAccepted: boolean) => ({
        id: isAccepted ? 'swapaccept' : 'swapdecline', type: 'button', name: isAccepted ? 'Accept' : 'Decline', style: isAccepted ? 'primary' : 'danger',
        integration: {url: `${signing.companionUrl}${ACTION_PATH}`, context: {signed: signPayload({swap, isAccepted}, signing.signingSecret)}},
    });
    return {fallback: swapAskText(proposal), text: 'Accepting puts you on call for that time (an override in the schedule).', actions: [button(true), button(false)]};
}

type MessengerBot = Pick<PagingBot, 'getMe' | 'getUsersByUsernames' | 'openDirectChannel' | 'createPost'>;

// DMs as the bot: the ask goes to the teammate with the two buttons, the answer back to whoever asked.
export function swapMessenger(bot: MessengerBot, signing: ButtonSigning): SwapMessenger {
    const dm = async (username: string, message: string, props: Record<string, unknown>): Promise<Result<true, string>> => {
        const [me, people] = await Promise.all([bot.getMe(), bot.getUsersByUsernames([username])]);
        const person = people.ok ? people.value[0] : undefined;
        if (!me.ok || person === undefined) {
            return err(me.ok ? `no user ${username}` : me.error.message);
        }
        const channel = await bot.openDirectChannel([me.value.id, person.id]);
        const posted = channel.ok ? await bot.createPost({channelId: channel.value, message, props}) : channel;
        return posted.ok ? ok(true) : err(posted.error.message);
    };
    return {
        ask: (proposal) => dm(proposal.to, swapAskText(proposal), {sre_step: 'oncall_swap', attachments: [swapAttachment(proposal, signing)]}),
        tell: async (username, text) => {
            await dm(username, text, {sre_step: 'oncall_swap_answer'});
        },
    };
}

export async function clickSwapButton(deps: {swaps: Pick<SwapService, 'answer'>; bot: Pick<InteractionBot, 'getUser'>}, click: {userId: string; context: SwapButtonContext}): Promise<ActionAnswer> {
    const user = await deps.bot.getUser(click.userId);
    if (!user.ok) {
        return {ephemeral_text: `Mattermost did not answer the companion (${user.error.message}); tap again.`};
    }
    const answered = await deps.swaps.answer(proposalOf(click.context), click.context.isAccepted, actorOf(user.value));
    return answered.ok ? {update: {message: answered.value, props: {sre_step: 'oncall_swap', attachments: []}}} : {ephemeral_text: answered.error};
}
