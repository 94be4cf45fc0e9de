import type {IncidentRole} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {ACTIVE_STATUSES, type ActiveStatus} from './incident_status.js';
import {err, ok, type Result} from './result.js';
import {parseSeverity} from './severity.js';

export const SLASH_TRIGGER = 'sre';
export type SlashReply = {response_type: 'ephemeral' | 'in_channel'; text: string};

export type SreCommand =
    | {kind: 'help'}
    // No title: open the declare dialog (the mobile path); a title declares at once.
    | {kind: 'declare'; severity: Severity | null; title: string}
    | {kind: 'update'; text: string}
    | {kind: 'status'; status: ActiveStatus}
    | {kind: 'sev'; severity: Severity}
    | {kind: 'role'; role: IncidentRole; username: string}
    | {kind: 'resolve'; summary: string}
    | {kind: 'reopen'}
    // No text: open the request dialog; text files the request at once.
    | {kind: 'request'; title: string; description: string}
    | {kind: 'queue'}
    | {kind: 'triage'}
    // Who and why stay one text: only the companion knows the schedules' names (domain/paging_command.ts splits it).
    | {kind: 'page'; text: string}
    | {kind: 'oncall'}
    | {kind: 'runbook'; words: string}
    // A chaos gameday: start a drill, or (in its channel) record that the team noticed the injected fault.
    | {kind: 'gameday'; action: 'start'; scenario: string}
    | {kind: 'gameday'; action: 'detected'; how: string};
export type SreCommandKind = SreCommand['kind'];
export type SreCommandError = {message: string; usage: string};

const USAGE: Record<SreCommandKind, {usage: string; example: string; what: string}> = {
    help: {usage: 'help', example: 'help', what: 'show this help'},
    declare: {usage: 'declare [sev1-4 title]', example: 'declare sev2 Database latency high', what: 'declare an incident; without a title, open the declare dialog'},
    update: {usage: 'update <text>', example: 'update Rolled back the 14:02 deploy; error rate falling', what: 'post a status update (resets the reminder)'},
    status: {usage: 'status <investigating|identified|monitoring>', example: 'status identified', what: 'change the status'},
    sev: {usage: 'sev <1-4>', example: 'sev 1', what: 'change the severity'},
    role: {usage: 'role <commander|communications|scribe> @user', example: 'role commander @bob', what: 'assign a role'},
    resolve: {usage: 'resolve <summary>', example: 'resolve Rebuilt the search index; latency normal since 15:10', what: 'resolve with a summary'},
    reopen: {usage: 'reopen', example: 'reopen', what: 'reopen a resolved incident'},
    request: {usage: 'request [text]', example: 'request Rotate the staging certs. They expire on Friday.',
        what: 'ask the SRE team for something (first sentence = title); without text, open the request dialog'},
    queue: {usage: 'queue', example: 'queue', what: 'list the top 10 of the triage queue'},
    triage: {usage: 'triage', example: 'triage', what: 'SREs: triage the next new request in a dialog'},
    oncall: {usage: 'oncall', example: 'oncall', what: 'who is on call now in each schedule, until when, and who is next'},
    runbook: {usage: 'runbook <words>', example: 'runbook postgres failover',
        what: 'search the runbooks (every word in the title, service or text): the top 5 with links, stale ones marked'},
    page: {usage: 'page <@user|schedule> [--real] <message>', example: 'page @bob Checkout errors at 20% and rising',
        what: 'page a person, or whoever is on call in a schedule (quote a name with spaces if it is ambiguous); they get Acknowledge / Escalate now buttons. ' +
            'From a drill\'s channel only with `--real`'},
    gameday: {usage: 'gameday <scenario> | gameday detected <how>', example: 'gameday primary database failover',
        what: 'start a chaos gameday: a drill incident you command, paging nobody real; in its channel, `gameday detected <how>` records when the team noticed the fault'},
};
const KINDS = Object.keys(USAGE) as SreCommandKind[];
const isKind = (word: string): word is SreCommandKind => (KINDS as string[]).includes(word);
const ROLES: Record<string, IncidentRole> = {commander: 'commander', communications: 'communications', comms: 'communications', scribe: 'scribe'};
const USERNAME = /^[a-z0-9._-]{1,22}$/;
const MISSING: Partial<Record<SreCommandKind, string>> = {
    update: 'Write what changed after `update`.',
    resolve: 'Resolving needs a summary of what fixed it.',
    status: 'Name the new status: investigating, identified or monitoring.',
    sev: 'Name the new severity, 1 (most severe) to 4.',
    role: 'Name the role and the user, like `role commander @bob`.',
    page: 'Name whom to page and say why, like `page @bob Checkout errors at 20%`.',
    runbook: 'Say what you look for, like `runbook postgres failover`.',
    gameday: 'Say what the gameday breaks, like `gameday primary database failover`.',
};

const command = (words: string) => `\`/${SLASH_TRIGGER} ${words}\``;
export const usageOf = (kind: SreCommandKind): string => `Usage: ${command(USAGE[kind].usage)}, for example ${command(USAGE[kind].example)}`;

export const HELP_TEXT = [
    '#### SRE Toolkit',
    ...KINDS.map((k) => `* ${command(USAGE[k].usage)} — ${USAGE[k].what}. Example: ${command(USAGE[k].example)}`),
    // A blank line ends the list: Markdown would otherwise fold the next sentence into the last item.
    '',
    'In an incident channel, `update`, `status`, `sev`, `role`, `resolve` and `reopen` act on that incident.',
    '`request`, `queue`, `triage`, `oncall`, `runbook`, `page` and `gameday` work in any channel; a page from an incident channel is part of that incident.',
    'Drills are marked DRILL everywhere, and a page from a drill\'s channel reaches real people only with `--real`.',
    'On desktop and web, the SRE Toolkit sidebar (channel header or App Bar) shows the same and more.',
].join('\n');

// Mattermost hands us everything after the trigger as `text`; the first word picks the subcommand and
// the rest keeps its line breaks, so multi-line updates and summaries survive.
export function parseSreCommand(text: string): Result<SreCommand, SreCommandError> {
    const [, first = '', rest = ''] = /^\s*(\S*)\s*([\s\S]*?)\s*$/.exec(text) ?? [];
    const word = first.toLowerCase();
    if (word === '') {
        return ok({kind: 'help'});
    }
    if (!isKind(word)) {
        return err({message: `Unknown subcommand \`${first}\`.`, usage: HELP_TEXT});
    }
    const parsed = parseArgs(word, rest);
    return parsed.ok ? parsed : err({message: parsed.error, usage: usageOf(word)});
}

function parseArgs(kind: SreCommandKind, rest: string): Result<SreCommand, string> {
    const missing = MISSING[kind];
    if (missing !== undefined && rest === '') {
        return err(missing);
    }
    switch (kind) {
    case 'help':
    case 'reopen':
    case 'queue':
    case 'triage':
    case 'oncall':
        return ok({kind});
    case 'request':
        return ok({kind, ...splitRequest(rest)});
    case 'declare':
        return parseDeclare(rest);
    case 'update':
    case 'page':
        return ok({kind, text: rest});
    case 'runbook':
        return ok({kind, words: rest});
    case 'gameday':
        return parseGameday(rest);
    case 'resolve':
        return ok({kind, summary: rest});
    case 'status':
        return parseStatus(rest);
    case 'sev': {
        const severity = parseSeverity(rest);
        return severity.ok ? ok({kind, severity: severity.value}) : err(`${capitalize(severity.error)}.`);
    }
    case 'role':
        return parseRole(rest);
    }
}

function parseDeclare(rest: string): Result<SreCommand, string> {
    const [, first = '', title = ''] = /^(\S*)\s*([\s\S]*)$/.exec(rest) ?? [];
    // Only a leading "sevN" is a severity, so a title like "Severe packet loss" stays a title.
    if (!/^sev\d*$/i.test(first)) {
        return ok({kind: 'declare', severity: null, title: rest});
    }
    const severity = parseSeverity(first);
    return severity.ok ? ok({kind: 'declare', severity: severity.value, title}) : err(`${capitalize(severity.error)}.`);
}

// "detected" as the first word records detection; anything else is the scenario of a new gameday.
function parseGameday(rest: string): Result<SreCommand, string> {
    const [, first = '', how = ''] = /^(\S*)\s*([\s\S]*)$/.exec(rest) ?? [];
    if (first.toLowerCase() !== 'detected') {
        return ok({kind: 'gameday', action: 'start', scenario: rest});
    }
    return how === '' ? err('Say how the fault was noticed, like `gameday detected the p99 latency alert fired`.') :
        ok({kind: 'gameday', action: 'detected', how});
}

function parseStatus(rest: string): Result<SreCommand, string> {
    const word = rest.toLowerCase();
    if (word === 'resolved') {
        return err(`To resolve, use ${command(USAGE.resolve.usage)}.`);
    }
    const status = ACTIVE_STATUSES.find((s) => s === word);
    return status ? ok({kind: 'status', status}) : err(`"${rest}" is not a status: use ${ACTIVE_STATUSES.join(', ')}.`);
}

function parseRole(rest: string): Result<SreCommand, string> {
    const [roleWord = '', user = '', ...extra] = rest.split(/\s+/);
    const role = ROLES[roleWord.toLowerCase()];
    if (role === undefined) {
        return err(`"${roleWord}" is not a role: use commander, communications or scribe.`);
    }
    const username = user.replace(/^@/, '').toLowerCase();
    if (!USERNAME.test(username) || extra.length > 0) {
        return err(`Name one user for ${role}, like @bob.`);
    }
    return ok({kind: 'role', role, username});
}

// The first sentence (or line) is the title and the rest the description, so one line of chat files a
// request; a title that alone is too long is left for the service to refuse with its own message.
export function splitRequest(text: string): {title: string; description: string} {
    const end = /[.!?](?=\s)|\n/.exec(text);
    if (end === null) {
        return {title: text.trim(), description: ''};
    }
    const cut = end[0] === '\n' ? end.index : end.index + 1;
    return {title: text.slice(0, cut).trim(), description: text.slice(cut).trim()};
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const helpReply = (): SlashReply => ({response_type: 'ephemeral', text: HELP_TEXT});

export const errorReply = (error: SreCommandError): SlashReply => ({response_type: 'ephemeral', text: `${error.message}\n\n${error.usage}`});
