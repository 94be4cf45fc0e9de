import {resolve} from 'node:path';
import {buildApp} from './app';
import {createCtx} from './context';
import {REPO_ROOT} from './paths';
import {seed} from './seed';
import {createSession} from './sessions';
import {SandboxState} from './state';

export {SandboxState} from './state';
export {SANDBOX_PASSWORD} from './seed';

export type SandboxOptions = {
    port?: number;            // default 8065; 0 = random
    host?: string;            // default '127.0.0.1'
    companionUrl?: string;    // where /sre-toolkit/* is proxied (same-origin, like nginx in production)
    pluginBundlePath?: string;// default <repo>/webapp/dist/main.js
    hostDir?: string;         // default <repo>/test/sandbox/host/dist (index.html, host.js, ...) built by helper D
    logger?: boolean;
};

export type Sandbox = {
    url: string;              // e.g. http://127.0.0.1:8065 (also the SiteURL it reports)
    botToken: string;         // personal access token of bot user `sre-bot` (random per start)
    botUserId: string;
    setCompanionUrl(url: string): void;
    login(username: string): Promise<{token: string; csrf: string; userId: string}>; // password 'sandbox'
    state: SandboxState;      // the in-memory data, for tests to inspect
    close(): Promise<void>;
};

const DEFAULT_TIMEOUT_MS = 30_000;

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
    const state = new SandboxState({
        siteUrl: '', companionUrl: (opts.companionUrl ?? '').replace(/\/+$/, ''), strictCsrf: true,
        integrationTimeoutMs: DEFAULT_TIMEOUT_MS,
    });
    const ctx = createCtx(state);
    const seeded = seed(ctx);
    const app = await buildApp(ctx, {
        logger: opts.logger ?? false,
        hostDir: opts.hostDir ?? resolve(REPO_ROOT, 'test/sandbox/host/dist'),
        pluginBundlePath: opts.pluginBundlePath ?? resolve(REPO_ROOT, 'webapp/dist/main.js'),
    });
    const host = opts.host ?? '127.0.0.1';
    await app.listen({port: opts.port ?? 8065, host});
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port ?? 8065;
    state.config.siteUrl = `http://${host}:${port}`;
    return {
        url: state.config.siteUrl,
        botToken: seeded.botToken,
        botUserId: seeded.botUserId,
        setCompanionUrl: (url) => {
            state.config.companionUrl = url.replace(/\/+$/, '');
        },
        login: (username) => {
            const user = state.userByUsername(username);
            if (!user || user.is_bot) {
                return Promise.reject(new Error(`no sandbox user named ${username}`));
            }
            const session = createSession(state, user.id, false);
            return Promise.resolve({token: session.token, csrf: session.csrf, userId: user.id});
        },
        state,
        close: async () => {
            ctx.hub.closeAll();
            await app.close();
        },
    };
}
