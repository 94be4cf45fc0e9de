import {err, ok, type Result} from '../domain/result.js';

export type SessionUser = {id: string; username: string; roles: string};
export type WhoAmIFailure = 'invalid' | 'unreachable';
export type WhoAmI = (token: string) => Promise<Result<SessionUser, WhoAmIFailure>>;

// The browser's word is never trusted: Mattermost itself says whose token this is.
export function mattermostWhoAmI(mmUrl: string, timeoutMs = 3000): WhoAmI {
    return async (token) => {
        let response: Response;
        try {
            response = await fetch(`${mmUrl}/api/v4/users/me`, {
                headers: {authorization: `Bearer ${token}`, 'x-requested-with': 'XMLHttpRequest'},
                signal: AbortSignal.timeout(timeoutMs),
            });
        } catch {
            return err('unreachable');
        }
        if (response.status === 401 || response.status === 403) {
            return err('invalid');
        }
        if (!response.ok) {
            return err('unreachable');
        }
        // A proxy's HTML page with a 200 is not an answer from Mattermost: treat it like no answer.
        const body = await response.json().catch(() => ({})) as Partial<SessionUser>;
        return typeof body.id === 'string' && typeof body.username === 'string' ?
            ok({id: body.id, username: body.username, roles: typeof body.roles === 'string' ? body.roles : ''}) :
            err('unreachable');
    };
}
