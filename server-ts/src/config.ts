import {IANAZone} from 'luxon';
import {err, ok, type Result} from './domain/result.js';
import type {Weekday} from './domain/ritual_schedule.js';
import type {SlaThresholds} from './domain/triage_sla.js';

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
    // The weekly triage digest: day and HH:mm in teamTimeZone, and the channel (by name) in each of the bot's teams.
    digest: {weekday: Weekday; time: string; channel: string};
    sla: SlaThresholds;
    // Channels (by name, in each team of the bot) whose new root posts become triage requests when isAutomatic.
    triageIntake: {isAutomatic: boolean; channels: string[]};
    // Paging a schedule or a person directly: minutes to acknowledge, how many more rounds; the alert channel (by name).
    paging: {ackMinutes: number; repeat: number; alertChannel: string};
    // Where on-call hand-off notices go (by name, in each team of the bot).
    handoffChannel: string;
    // Business days (Monday–Friday, TEAM_TIME_ZONE) a retrospective may stay a draft before the commander is reminded.
    retroReminderBusinessDays: number;
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
    {name: 'DIGEST_WEEKDAY', default: 'tue', meaning: 'Day of the weekly triage digest: mon, tue, wed, thu, fri, sat or sun.'},
    {name: 'DIGEST_TIME', default: '09:00', meaning: 'Time (HH:mm, in TEAM_TIME_ZONE) of the weekly triage digest.'},
    {name: 'DIGEST_CHANNEL', default: 'cloud-sre-team', meaning: 'Channel name the weekly triage digest is posted to, in each team of the bot.'},
    {name: 'SLA_UNTRIAGED_P1_HOURS', default: '4', meaning: 'Hours a P1 request may wait for triage before it breaches its SLA.'},
    {name: 'SLA_UNTRIAGED_DAYS', default: '7', meaning: 'Days any request may wait for triage before it breaches its SLA.'},
    {name: 'TRIAGE_AUTO_INTAKE', default: 'off', meaning: 'on: every new root post by a person in TRIAGE_INTAKE_CHANNELS becomes a triage request (the bot joins those channels and replies in the thread).'},
    {name: 'TRIAGE_INTAKE_CHANNELS', default: 'cloud-support', meaning: 'Comma-separated channel names watched by TRIAGE_AUTO_INTAKE, in each team of the bot.'},
    {name: 'PAGE_ACK_MINUTES', default: '5', meaning: 'Minutes a page of a schedule or a person waits for an acknowledgement before it pages again (escalation policies set their own waits).'},
    {name: 'PAGE_REPEAT', default: '2', meaning: 'How many more times such a page repeats before it alerts PAGE_ALERT_CHANNEL (0 to 10).'},
    {name: 'PAGE_ALERT_CHANNEL', default: 'cloud-sre-team', meaning: 'Channel name where a page nobody acknowledged raises a loud @channel alert, in the incident\'s team or else in each team of the bot.'},
    {name: 'HANDOFF_CHANNEL', default: 'cloud-sre-team', meaning: 'Channel name where on-call hand-offs are announced (with open incidents and untriaged P1s), in each team of the bot.'},
    {name: 'RETRO_REMINDER_BUSINESS_DAYS', default: '3', meaning: 'Business days (Monday to Friday in TEAM_TIME_ZONE) after a resolution before the commander is reminded that the retrospective is still a draft (1 to 30).'},
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
    const config: Config = {port,
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
        digest: {weekday: take(weekday(read('DIGEST_WEEKDAY') ?? 'tue'), 2), time: take(clockTime(read('DIGEST_TIME') ?? '09:00'), '09:00'),
            channel: take(channelName(read('DIGEST_CHANNEL') ?? 'cloud-sre-team', 'DIGEST_CHANNEL'), '')},
        sla: {untriagedP1Hours: take(integerIn(read('SLA_UNTRIAGED_P1_HOURS') ?? '4', 'SLA_UNTRIAGED_P1_HOURS', 1, 720), 4),
            untriagedDays: take(integerIn(read('SLA_UNTRIAGED_DAYS') ?? '7', 'SLA_UNTRIAGED_DAYS', 1, 365), 7)},
        triageIntake: {isAutomatic: take(onOff(read('TRIAGE_AUTO_INTAKE') ?? 'off', 'TRIAGE_AUTO_INTAKE'), false),
            channels: take(channelNames(read('TRIAGE_INTAKE_CHANNELS') ?? 'cloud-support', 'TRIAGE_INTAKE_CHANNELS'), [])},
        paging: {ackMinutes: take(integerIn(read('PAGE_ACK_MINUTES') ?? '5', 'PAGE_ACK_MINUTES', 1, 1440), 5),
            repeat: take(integerIn(read('PAGE_REPEAT') ?? '2', 'PAGE_REPEAT', 0, 10), 2),
            alertChannel: take(channelName(read('PAGE_ALERT_CHANNEL') ?? 'cloud-sre-team', 'PAGE_ALERT_CHANNEL'), '')},
        handoffChannel: take(channelName(read('HANDOFF_CHANNEL') ?? 'cloud-sre-team', 'HANDOFF_CHANNEL'), ''),
        retroReminderBusinessDays: take(integerIn(read('RETRO_REMINDER_BUSINESS_DAYS') ?? '3', 'RETRO_REMINDER_BUSINESS_DAYS', 1, 30), 3),
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

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

// "tue", "Tuesday": people write both.
function weekday(raw: string): Result<Weekday, string> {
    const day = raw.toLowerCase();
    const index = WEEKDAYS.findIndex((name) => name === day || name.slice(0, 3) === day);
    return index >= 0 ? ok((index + 1) as Weekday) : err(`DIGEST_WEEKDAY "${raw}" must be one of ${WEEKDAYS.map((d) => d.slice(0, 3)).join(', ')}`);
}

function clockTime(raw: string): Result<string, string> {
    return /^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? ok(raw) : err(`DIGEST_TIME "${raw}" must be HH:mm on a 24-hour clock, e.g. 09:00`);
}

// Mattermost channel names: lowercase letters, digits, '-' and '_'.
function channelName(raw: string, name: string): Result<string, string> {
    return /^[a-z0-9][a-z0-9_-]{0,63}$/.test(raw) ? ok(raw) : err(`${name} "${raw}" must be a channel name (lowercase letters, digits, - and _), not a display name`);
}

function channelNames(raw: string, name: string): Result<string[], string> {
    const names = [...new Set(raw.split(',').map((c) => c.trim().replace(/^~/, '')).filter((c) => c !== ''))];
    for (const channel of names) {
        const checked = channelName(channel, name);
        if (!checked.ok) {
            return err(checked.error);
        }
    }
    return names.length > 0 ? ok(names) : err(`${name} must name at least one channel`);
}

const ON = ['on', 'true', 'yes', '1'];
const OFF = ['off', 'false', 'no', '0'];

function onOff(raw: string, name: string): Result<boolean, string> {
    const value = raw.toLowerCase();
    if (ON.includes(value) || OFF.includes(value)) {
        return ok(ON.includes(value));
    }
    return err(`${name} "${raw}" must be on or off`);
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
