import type {DbConnection} from './db/connection.js';
import type {ReadinessCheck} from './http/routes/health.js';
import {pingMattermost} from './mattermost/bot_client.js';

type Deps = {connection: DbConnection; mmUrl: string; isBossRunning: () => boolean; isBotConnected: () => boolean};

// Checked live on every call: a load balancer asks rarely, and a stale "ready" is worse than a slow answer.
export function readinessChecks({connection, mmUrl, isBossRunning, isBotConnected}: Deps): () => Promise<ReadinessCheck[]> {
    return async () => {
        const [database, mattermost] = await Promise.all([
            connection.ping().then(() => ({ok: true, detail: connection.kind}), (error: unknown) => ({ok: false, detail: `${connection.kind}: ${String(error)}`})),
            pingMattermost(mmUrl),
        ]);
        return [
            {name: 'database', ...database},
            {name: 'jobs', ok: isBossRunning(), detail: isBossRunning() ? 'pg-boss started' : 'pg-boss stopped'},
            {name: 'mattermost', ok: mattermost.ok, detail: mattermost.ok ? 'reachable' : mattermost.error},
            {name: 'bot', ok: isBotConnected(), detail: isBotConnected() ? 'bot verified, /sre registered' : 'not yet connected to Mattermost; retrying'},
        ];
    };
}
