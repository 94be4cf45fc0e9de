import {parseRecord} from './body';
import {AppError} from './errors';

export type IntegrationReply = {status: number; contentType: string; text: string};

// Mattermost limits what it reads back from an integration.
const MAX_BODY = 1 << 20;

// One outgoing call to an integration (slash command URL, dialog URL, button URL).
// Resolves null when the integration cannot be reached or does not answer in time.
export async function callIntegration(url: string, init: {method: 'GET' | 'POST'; headers: Record<string, string>; body?: string},
    timeoutMs: number): Promise<IntegrationReply | null> {
    try {
        const res = await fetch(url, {...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow'});
        const text = (await res.text()).slice(0, MAX_BODY);
        return {status: res.status, contentType: res.headers.get('content-type') ?? '', text};
    } catch {
        return null;
    }
}

const integrationFailed = () =>
    new AppError(400, 'api.post.do_action.action_integration.app_error', 'Action integration error.');

// Dialog and button integrations: anything but a 200 fails the call, and the reply is decoded
// leniently (an empty or non-JSON body counts as {}).
export async function postToIntegration(url: string, payload: unknown, timeoutMs: number): Promise<Record<string, unknown>> {
    const reply = await callIntegration(url, {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'}, body: JSON.stringify(payload),
    }, timeoutMs);
    if (reply?.status !== 200) {
        throw integrationFailed();
    }
    return parseRecord(reply.text) ?? {};
}
