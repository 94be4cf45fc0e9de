import type {Stack} from '../../sandbox/stack.ts';

export type Reply = {status: number; body: unknown};
export type Api = (method: string, path: string, body?: unknown) => Promise<Reply>;

// Calls through the sandbox's /sre-toolkit proxy (or Mattermost's /api/v4) as a signed-in user, like the webapp.
export function apiAs(stack: Stack, token: string, prefix = '/sre-toolkit/api/v1'): Api {
    return async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${stack.url}${prefix}${path}`, {
            method,
            headers: {authorization: `Bearer ${token}`, ...(body === undefined ? {} : {'content-type': 'application/json'})},
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        return {status: res.status, body: await res.json() as unknown};
    };
}
