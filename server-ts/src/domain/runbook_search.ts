// `/sre runbook <words>` and GET /runbooks?q=: a small library (hundreds), so matching runs here, not in SQL.
export type Searchable = {title: string; service: string; body: string};

// Lower-case words, each once; punctuation around a word is not part of it ("db," finds "db").
export function searchWords(query: string): string[] {
    const words = query.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
    return [...new Set(words)];
}

// Every word must appear in the title, service or body. Runbooks with more words in the title come
// first (the title says what a runbook is for), then more in the service, then by title. No words: all, by title.
export function rankRunbooks<T extends Searchable>(runbooks: readonly T[], query: string): T[] {
    const words = searchWords(query);
    return runbooks
        .map((r) => ({r, title: r.title.toLowerCase(), service: r.service.toLowerCase(), body: r.body.toLowerCase()}))
        .filter((x) => words.every((w) => x.title.includes(w) || x.service.includes(w) || x.body.includes(w)))
        .map((x) => ({r: x.r, inTitle: hits(words, x.title), inService: hits(words, x.service)}))
        .sort((a, b) => b.inTitle - a.inTitle || b.inService - a.inService || a.r.title.localeCompare(b.r.title))
        .map((x) => x.r);
}

const hits = (words: string[], text: string) => words.filter((w) => text.includes(w)).length;
