import {createServer} from 'node:net';
import {pino} from 'pino';
import {startCompanion, type Companion} from '../../server-ts/src/companion.ts';
import {loadConfig} from '../../server-ts/src/config.ts';
import {startSandbox, type Sandbox} from './server/index.ts';

// The whole local system as a newcomer (npm start), the integration and browser suites and the
// benchmark run it: the sandbox Mattermost, and the companion proxied under /sre-toolkit/ on its origin.
export type Stack = {url: string; sandbox: Sandbox; companion: Companion; close(): Promise<void>};

export type StackOptions = {
    dataDir: string;
    databaseUrl?: string;
    sandboxPort?: number;
    companionPort?: number;
    logLevel?: string;
};

export async function startStack(options: StackOptions): Promise<Stack> {
    const sandbox = await startSandbox({port: options.sandboxPort ?? 0});
    try {
        // Mattermost calls the slash command URL, which holds the port, so it must be known before start.
        const port = options.companionPort ?? await freePort();
        const config = loadConfig({
            PORT: String(port),
            MM_URL: sandbox.url,
            MM_BOT_TOKEN: sandbox.botToken,
            MM_TEAMS: 'sre',
            SRE_USERNAMES: 'alice,bob,erin',
            COMPANION_URL: `http://127.0.0.1:${port}`,
            DATA_DIR: options.dataDir,
            DATABASE_URL: options.databaseUrl,
            LOG_LEVEL: options.logLevel ?? 'warn',
        });
        if (!config.ok) {
            throw new Error(config.error);
        }
        const companion = await startCompanion(config.value, {logger: pino({level: config.value.logLevel})});
        sandbox.setCompanionUrl(companion.url);
        return {
            url: sandbox.url,
            sandbox,
            companion,
            close: async () => {
                await companion.close();
                await sandbox.close();
            },
        };
    } catch (error) {
        await sandbox.close();
        throw error;
    }
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}
