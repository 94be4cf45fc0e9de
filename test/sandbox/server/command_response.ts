import type {Ctx} from './context';
import {AppError} from './errors';
import {isRecord} from './post_actions';
import {createPost, sendEphemeral} from './post_ops';
import type {Props} from './types';

export type CommandResponse = {
    response_type?: string; text?: string; username?: string; icon_url?: string; channel_id?: string; type?: string;
    props?: Props; goto_location?: string; trigger_id?: string; skip_slack_parsing?: boolean;
    attachments?: unknown[]; extra_responses?: CommandResponse[];
};

// Where the command ran; a response (or a later response_url call) posts there.
export type CommandScope = {userId: string; channelId: string; teamId: string; rootId: string};

// A non-JSON answer becomes the text of an ephemeral reply, as in Mattermost.
export function parseCommandResponse(contentType: string, body: string): CommandResponse {
    if (!contentType.toLowerCase().startsWith('application/json')) {
        return {text: body};
    }
    const value: unknown = JSON.parse(body);
    if (!isRecord(value)) {
        throw new Error('command response is not an object');
    }
    return value;
}

export function handleCommandResponse(ctx: Ctx, scope: CommandScope, response: CommandResponse): void {
    handleOne(ctx, scope, response);
    for (const extra of response.extra_responses ?? []) {
        handleOne(ctx, scope, extra);
    }
}

function handleOne(ctx: Ctx, scope: CommandScope, response: CommandResponse): void {
    const channelId = response.channel_id || scope.channelId;
    if (channelId !== scope.channelId && !ctx.state.channelMember(channelId, scope.userId)) {
        throw new AppError(403, 'api.command.command_post.forbidden.app_error', 'Specified user is not a member of specified channel.');
    }
    if (response.type?.startsWith('system_')) {
        throw new AppError(400, 'api.context.invalid_param.app_error', 'Invalid type parameter.');
    }
    const attachments = Array.isArray(response.attachments) && response.attachments.length > 0 ? response.attachments : undefined;
    const props: Props = {...(response.props ?? {}), from_webhook: 'true', ...(attachments ? {attachments} : {})};
    const base = {channel_id: channelId, message: response.text ?? '', root_id: scope.rootId, props};
    const kind = response.response_type ?? '';
    if (kind === 'in_channel') {
        createPost(ctx, {...base, user_id: scope.userId, type: response.type ?? ''});
    } else if ((kind === '' || kind === 'ephemeral') && (base.message !== '' || attachments)) {
        sendEphemeral(ctx, scope.userId, base);
    }
}

// The execute endpoint echoes the response; an empty type means ephemeral and is reported as such.
export function responseForClient(response: CommandResponse): CommandResponse {
    return {...response, response_type: response.response_type || 'ephemeral'};
}
