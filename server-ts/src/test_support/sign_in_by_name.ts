import {err, ok} from '../domain/result.js';
import type {WhoAmI} from '../http/who_am_i.js';

// Route tests sign in with a username as the bearer token: these people (id u-<name>, plain system users), no one else.
export function signInByName(usernames: readonly string[]): WhoAmI {
    return (token) => Promise.resolve(usernames.includes(token) ? ok({id: `u-${token}`, username: token, roles: 'system_user'}) : err('invalid'));
}
