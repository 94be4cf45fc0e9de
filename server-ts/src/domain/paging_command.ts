import {normalizeUsername} from './paging_policy.js';
import {err, ok, type Result} from './result.js';

export type NamedSchedule = {id: string; name: string};
export type PageRequest = {target: {kind: 'user'; username: string} | {kind: 'schedule'; id: string; name: string}; message: string};

const USERNAME = /^[a-z0-9._-]{1,22}$/;
const EXAMPLE = '`/sre page @bob Checkout errors at 20%` or `/sre page "SRE primary" Checkout errors at 20%`';

const listOf = (schedules: readonly NamedSchedule[]) =>
    (schedules.length === 0 ? 'There are no on-call schedules yet.' : `Schedules: ${schedules.map((s) => `"${s.name}"`).join(', ')}.`);

const needMessage = (who: string): Result<never, string> => err(`Say what is wrong after ${who}, like ${EXAMPLE}.`);

const REAL_FLAG = /(^|\s)--real(?=\s|$)/gi;

// `--real` anywhere (a word of its own) asks a page from a drill's channel to reach real people; the rest is the page.
export function splitRealFlag(text: string): {text: string; isReal: boolean} {
    const isReal = text.search(REAL_FLAG) >= 0;
    return {text: isReal ? text.replace(REAL_FLAG, '$1').trim() : text, isReal};
}

/**
 * `/sre page` text: "@user message", "\"schedule name\" message", or "schedule name message" where the name is the
 * longest known schedule name the text starts with (case does not matter). Quotes settle a name that is also the
 * start of another; a person is always written with @, so a schedule and a person never collide.
 */
export function parsePageText(text: string, schedules: readonly NamedSchedule[]): Result<PageRequest, string> {
    const trimmed = text.trim();
    if (trimmed.startsWith('@')) {
        const [, who = '', message = ''] = /^@(\S*)\s*([\s\S]*)$/.exec(trimmed) ?? [];
        const username = normalizeUsername(who);
        if (!USERNAME.test(username)) {
            return err(`"@${who}" is not a Mattermost username.`);
        }
        return message.trim() === '' ? needMessage(`@${username}`) : ok({target: {kind: 'user', username}, message: message.trim()});
    }
    const quoted = /^["“]([^"”]+)["”]\s*([\s\S]*)$/.exec(trimmed);
    if (quoted) {
        const [, name = '', message = ''] = quoted;
        const schedule = schedules.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
        if (!schedule) {
            return err(`No schedule is called "${name.trim()}". ${listOf(schedules)}`);
        }
        return message.trim() === '' ? needMessage(`"${schedule.name}"`) : ok({target: {kind: 'schedule', ...schedule}, message: message.trim()});
    }
    return byLongestName(trimmed, schedules);
}

function byLongestName(text: string, schedules: readonly NamedSchedule[]): Result<PageRequest, string> {
    const lower = text.toLowerCase();
    const matches = schedules.filter((s) => {
        const name = s.name.toLowerCase();
        return lower.startsWith(name) && (lower.length === name.length || /\s/.test(lower.charAt(name.length)));
    });
    const schedule = matches.sort((a, b) => b.name.length - a.name.length)[0];
    if (!schedule) {
        return err(`Page whom? Write @username for a person, or a schedule's name. ${listOf(schedules)}`);
    }
    const message = text.slice(schedule.name.length).trim();
    return message === '' ? needMessage(`"${schedule.name}"`) : ok({target: {kind: 'schedule', id: schedule.id, name: schedule.name}, message});
}
