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

export function postJson(url: string, payload: unknown, timeoutMs: number): Promise<IntegrationReply | null> {
    return callIntegration(url, {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'}, body: JSON.stringify(payload),
    }, timeoutMs);
}

// Dialog and button replies are decoded leniently: empty or non-JSON bodies count as {}.
export function lenientJson(text: string): Record<string, unknown> {
    try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
    } catch {
        return {};
    }
}
