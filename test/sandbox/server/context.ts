import {randomBytes} from 'node:crypto';
import {Hub} from './hub';
import type {SandboxState} from './state';

// Everything a route needs: the data, the websocket hub and the server's secrets.
export type Ctx = {
    state: SandboxState;
    hub: Hub;
    triggerKey: Buffer;
    cookieKey: Buffer;
    now: () => number;
};

export function createCtx(state: SandboxState): Ctx {
    return {
        state, hub: new Hub(state), triggerKey: randomBytes(32), cookieKey: randomBytes(32),
        now: () => state.clock.now(),
    };
}
