import type {RunbookView} from '../contract/runbooks.js';
import type {RunbookHit} from '../domain/runbook_text.js';
import type {RunbookService} from './runbook_service.js';

// Where a browser opens a Markdown runbook: through Mattermost's public address, which proxies /sre-toolkit
// (same origin, so the Mattermost session cookie signs the reader in).
export const runbookContentUrl = (publicUrl: string, id: string) => `${publicUrl.replace(/\/+$/, '')}/sre-toolkit/api/v1/runbooks/${id}/content`;

export const hitOf = (publicUrl: string) => (r: RunbookView): RunbookHit =>
    ({title: r.title, service: r.service, tier: r.tier, owner: r.owner, isStale: r.isStale, link: r.url ?? runbookContentUrl(publicUrl, r.id)});

// `/sre runbook`'s search: the service's ranking, each with the link a chat reply can use.
export function runbookSearchVia(runbooks: Pick<RunbookService, 'list'>, publicUrl: string): (words: string) => Promise<RunbookHit[]> {
    return async (words) => (await runbooks.list(words)).map(hitOf(publicUrl));
}
