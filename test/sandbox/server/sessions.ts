import {newId} from './ids';
import type {SandboxState} from './state';
import type {Session} from './types';

export function createSession(state: SandboxState, userId: string, isPersonalAccessToken: boolean): Session {
    const session: Session = {
        token: newId(), userId, csrf: isPersonalAccessToken ? '' : newId(), createAt: state.clock.now(), isPersonalAccessToken,
    };
    state.sessions.set(session.token, session);
    return session;
}
