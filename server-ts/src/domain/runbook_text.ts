import type {RunbookTier} from '../contract/runbooks.js';
import {STALE_AFTER_DAYS} from './runbook_stale.js';

// What `/sre runbook <words>` shows of a runbook; `link` is its URL, or where the companion serves its Markdown.
export type RunbookHit = {title: string; service: string; tier: RunbookTier; owner: string | null; link: string; isStale: boolean};

export const RUNBOOK_REPLY_CAP = 5;

// Markdown for the ephemeral reply: the best matches first (already ranked), each a link, stale ones marked.
export function runbookSearchText(words: string, hits: readonly RunbookHit[]): string {
    if (hits.length === 0) {
        return `No runbook matches "${words}". Every word must appear in a runbook's title, service or text.`;
    }
    const shown = hits.slice(0, RUNBOOK_REPLY_CAP);
    const more = hits.length > shown.length ? `\n\n${hits.length - shown.length} more match: add words to narrow it down.` : '';
    return [`#### Runbooks matching "${words}"`, ...shown.map(runbookLine)].join('\n') + more;
}

// One runbook as a Markdown list item: its link, what it is about, and a mark when it is stale.
export function runbookLine(hit: RunbookHit): string {
    const about = [hit.service, hit.tier, hit.owner === null ? null : `@${hit.owner}`].filter((x) => x !== null && x !== '').join(' · ');
    const stale = hit.isStale ? ` :warning: not reviewed for ${STALE_AFTER_DAYS} days` : '';
    return `* [${escapeLinkText(hit.title)}](${hit.link}) — ${about}${stale}`;
}

// A title with brackets would end the Markdown link early.
export const escapeLinkText = (text: string) => text.replace(/[[\]]/g, (c) => `\\${c}`);
