import type {RunbookBody, RunbookProblem, RunbookTier} from '../contract/runbooks.js';
import {err, ok, type Result} from './result.js';
import {isWebUrl} from './web_url.js';
import {fieldsProblem, lengthProblem} from './field_problems.js';

// A runbook as the domain accepts it: trimmed, the owner lower case without @, exactly one of body and url.
export type RunbookDraft = {title: string; service: string; tier: RunbookTier; body: string; url: string | null; owner: string | null};

export const TITLE_MAX = 120;
export const SERVICE_MAX = 80;
// Runbooks are read in a sidebar and a slash reply; a manual that long belongs behind a link.
export const BODY_MAX = 50_000;
const URL_MAX = 2000;
const TIERS: readonly RunbookTier[] = ['cloud', 'community', 'internal'];
const isTier = (text: string): text is RunbookTier => (TIERS as readonly string[]).includes(text);

// The owner's name as Mattermost spells usernames, or null for none; the service asks Mattermost about it.
export const ownerName = (body: RunbookBody): string | null => {
    const name = (body.owner ?? '').trim().replace(/^@/, '').toLowerCase();
    return name === '' ? null : name;
};

// Every bad field at once (field → sentence), so a form can mark them all. `knownUsers`: lower-case names
// Mattermost knows among the owner asked about.
export function parseRunbook(body: RunbookBody, knownUsers: ReadonlySet<string>): Result<RunbookDraft, Record<string, string>> {
    const fields: Record<string, string> = {};
    const title = body.title.trim();
    const service = (body.service ?? '').trim();
    const tier = body.tier.trim().toLowerCase();
    const markdown = (body.body ?? '').trim();
    const url = (body.url ?? '').trim();
    const owner = ownerName(body);
    const problems: [string, string | null][] = [
        ['title', title === '' ? 'give the runbook a title' : lengthProblem(title, TITLE_MAX)],
        ['service', lengthProblem(service, SERVICE_MAX)],
        ['tier', isTier(tier) ? null : `"${body.tier}" is not a tier: use cloud, community or internal`],
        ['body', bodyProblem(markdown, url)],
        ['url', urlProblem(markdown, url)],
        ['owner', owner === null || knownUsers.has(owner) ? null : `there is no Mattermost user @${owner}`],
    ];
    problems.forEach(([field, problem]) => problem !== null && (fields[field] = problem));
    if (Object.keys(fields).length > 0 || !isTier(tier)) {
        return err(fields);
    }
    return ok({title, service, tier, body: url === '' ? markdown : '', url: url === '' ? null : url, owner});
}

export const runbookProblem = (fields: Record<string, string>): RunbookProblem => fieldsProblem('invalid_runbook', fields);

function bodyProblem(markdown: string, url: string): string | null {
    if (markdown !== '' && url !== '') {
        return 'give either a Markdown body or a link, not both';
    }
    if (markdown === '' && url === '') {
        return 'write the runbook in Markdown, or give a link to it';
    }
    return lengthProblem(markdown, BODY_MAX);
}

function urlProblem(markdown: string, url: string): string | null {
    if (url === '' || markdown !== '') {
        return markdown !== '' && url !== '' ? 'give either a Markdown body or a link, not both' : null;
    }
    return url.length <= URL_MAX && isWebUrl(url) ? null : `"${url.slice(0, 80)}" must be a full http:// or https:// address`;
}
