import type {FastifyInstance} from 'fastify';
import {me} from '../auth';
import {objectBody, optionalString} from '../body';
import type {Ctx} from '../context';
import {dialogProblems} from '../dialog_validation';
import {AppError, invalidParam} from '../errors';
import {postToIntegration} from '../integration_http';
import {readableChannel} from '../permissions';
import {decodeTriggerId} from '../trigger_id';

export function dialogRoutes(app: FastifyInstance, ctx: Ctx): void {
    app.post('/actions/dialogs/open', (req) => {
        me(req);
        return openDialog(ctx, req.body);
    });
    app.post('/actions/dialogs/submit', async (req) => submitDialog(ctx, me(req).user.id, req.body));
}

function requiredUrl(body: Record<string, unknown>): string {
    const url = optionalString(body, 'url') ?? '';
    if (url === '') {
        throw invalidParam('url');
    }
    return url;
}

function openDialog(ctx: Ctx, raw: unknown) {
    const body = objectBody(raw, 'dialog');
    const url = requiredUrl(body);
    const {clientTriggerId, userId} = decodeTriggerId(ctx.triggerKey, optionalString(body, 'trigger_id') ?? '',
        ctx.now(), ctx.state.config.integrationTimeoutMs);
    const problems = dialogProblems(body.dialog);
    if (problems.length > 0) {
        throw new AppError(400, 'api.interactive_dialog.invalid_dialog.app_error', `Invalid dialog: ${problems.join('; ')}.`);
    }
    const payload = {trigger_id: clientTriggerId, url, dialog: body.dialog};
    ctx.hub.publish('open_dialog', {dialog: JSON.stringify(payload)}, {user_id: userId});
    return {status: 'OK'};
}

async function submitDialog(ctx: Ctx, userId: string, raw: unknown): Promise<Record<string, unknown>> {
    const body = objectBody(raw, 'dialog');
    const url = requiredUrl(body);
    const channelId = optionalString(body, 'channel_id') ?? '';
    readableChannel(ctx.state, userId, channelId);
    const forwarded = {
        type: 'dialog_submission', callback_id: optionalString(body, 'callback_id') ?? '',
        state: optionalString(body, 'state') ?? '', user_id: userId, channel_id: channelId,
        team_id: optionalString(body, 'team_id') ?? '', submission: objectBody(body.submission ?? {}, 'submission'),
        cancelled: body.cancelled === true,
    };
    return submitReply(await postToIntegration(url, forwarded, ctx.state.config.integrationTimeoutMs));
}

// Only the fields a client acts on travel back (Mattermost re-encodes SubmitDialogResponse).
function submitReply(reply: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of ['error', 'errors', 'type', 'form'] as const) {
        if (reply[key] !== undefined && reply[key] !== null && reply[key] !== '') {
            out[key] = reply[key];
        }
    }
    return out;
}
