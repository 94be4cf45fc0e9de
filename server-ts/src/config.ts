import {IANAZone} from 'luxon';
import {err, ok, type Result} from './domain/result.js';

export type Config = {
    port: number;
    host: string;
    mmUrl: string;
    mmBotToken: string;
    // Empty: every team the bot belongs to.
    mmTeams: string[];
    companionUrl: string;
    dataDir: string;
    databaseUrl: string | null;
    teamTimeZone: string;
    authCacheSeconds: number;
    logLevel: LogLevel;
    // Seeded into sre_members at start (never removed from it: the table is the truth once running).
    sreUsernames: string[];
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

// The README's configuration table is checked against this list, so a new variable is documented once.
export const CONFIG_VARIABLES: readonly {name: string; default: string; meaning: string}[] = [
    {name: 'PORT', default: '8090', meaning: 'TCP port the companion listens on.'},
    {name: 'HOST', default: '127.0.0.1', meaning: 'Interface to bind; 0.0.0.0 inside a container.'},
    {name: 'MM_URL', default: '(required)', meaning: 'Base URL of the Mattermost server, e.g. https://chat.example.com.'},
    {name: 'MM_BOT_TOKEN', default: '(required)', meaning: 'Access token of the bot account the companion acts as.'},
    {name: 'MM_TEAMS', default: '(every team of the bot)', meaning: 'Comma-separated team names where /sre is registered.'},
    {name: 'COMPANION_URL', default: 'http://localhost:PORT', meaning: 'URL at which the Mattermost server reaches the companion (slash command URL).'},
    {name: 'DATA_DIR', default: './data', meaning: 'Folder of the embedded PGlite database (used when DATABASE_URL is unset).'},
    {name: 'DATABASE_URL', default: '(unset: PGlite)', meaning: 'PostgreSQL connection string; set it to run several instances.'},
    {name: 'TEAM_TIME_ZONE', default: 'UTC', meaning: 'IANA time zone of the team, for rituals and digests.'},
    {name: 'AUTH_CACHE_SECONDS', default: '30', meaning: 'How long a Mattermost session check is reused.'},
    {name: 'SRE_USERNAMES', default: '(none)', meaning: 'Comma-separated Mattermost usernames given the SRE role (edit templates); system admins always have it.'},
    {name: 'LOG_LEVEL', default: 'info', meaning: `One of ${LOG_LEVELS.join(', ')}.`},
];

type Env = Readonly<Record<string, string | undefined>>;

// Reports every bad variable at once, so a first deployment is fixed in one round.
export function loadConfig(env: Env = process.env): Result<Config, string> {
    const read = (name: string) => {
        const value = env[name]?.trim();
        return value === undefined || value === '' ? undefined : value;
    };
    const problems: string[] = [];
    const take = <T>(checked: Result<T, string>, fallback: T): T => {
        if (checked.ok) {
            return checked.value;
        }
        problems.push(checked.error);
        return fallback;
    };
    const port = take(integerIn(read('PORT') ?? '8090', 'PORT', 1, 65535), 0);
    const config: Config = {
        port,
        host: read('HOST') ?? '127.0.0.1',
        mmUrl: take(httpUrl(read('MM_URL'), 'MM_URL'), ''),
        mmBotToken: take(required(read('MM_BOT_TOKEN'), 'MM_BOT_TOKEN is required: the access token of the companion\'s bot account'), ''),
        mmTeams: (read('MM_TEAMS') ?? '').split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== ''),
        companionUrl: take(httpUrl(read('COMPANION_URL') ?? `http://localhost:${port}`, 'COMPANION_URL'), ''),
        dataDir: read('DATA_DIR') ?? './data',
        databaseUrl: take(databaseUrl(read('DATABASE_URL')), null),
        teamTimeZone: take(timeZone(read('TEAM_TIME_ZONE') ?? 'UTC'), 'UTC'),
        authCacheSeconds: take(integerIn(read('AUTH_CACHE_SECONDS') ?? '30', 'AUTH_CACHE_SECONDS', 0, 86400), 0),
        logLevel: take(logLevel(read('LOG_LEVEL') ?? 'info'), 'info'),
        sreUsernames: (read('SRE_USERNAMES') ?? '').split(',').map((u) => u.trim().replace(/^@/, '').toLowerCase()).filter((u) => u !== ''),
    };
    return problems.length === 0 ? ok(config) : err(problems.join('; '));
}

const required = (raw: string | undefined, message: string): Result<string, string> => (raw === undefined ? err(message) : ok(raw));

function databaseUrl(raw: string | undefined): Result<string | null, string> {
    if (raw === undefined) {
        return ok(null);
    }
    return /^postgres(ql)?:\/\//.test(raw) ? ok(raw) : err(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redact(raw)}")`);
}

function timeZone(raw: string): Result<string, string> {
    return IANAZone.isValidZone(raw) ? ok(raw) : err(`TEAM_TIME_ZONE "${raw}" is not an IANA time zone such as Europe/Berlin or UTC`);
}

function logLevel(raw: string): Result<LogLevel, string> {
    return isLogLevel(raw) ? ok(raw) : err(`LOG_LEVEL "${raw}" must be one of ${LOG_LEVELS.join(', ')}`);
}

function integerIn(raw: string, name: string, min: number, max: number): Result<number, string> {
    const n = Number(raw);
    return /^\d+$/.test(raw) && n >= min && n <= max ? ok(n) : err(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
}

function httpUrl(raw: string | undefined, name: string): Result<string, string> {
    if (raw === undefined) {
        return err(`${name} is required: the base URL, e.g. https://chat.example.com`);
    }
    try {
        const url = new URL(raw);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            return err(`${name} must be an http:// or https:// URL (got "${raw}")`);
        }
        // Stored without a trailing slash so paths can be appended with one.
        return ok(url.toString().replace(/\/+$/, ''));
    } catch {
        return err(`${name} is not a valid URL (got "${raw}")`);
    }
}

const isLogLevel = (v: string): v is LogLevel => (LOG_LEVELS as readonly string[]).includes(v);

// Never echo a password back into logs.
const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
