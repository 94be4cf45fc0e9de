// A small subset of Mattermost's markdown (bold, italic, inline code, links) — enough for bot replies
// and help texts; everything else stays plain text. Line breaks are kept by CSS (pre-wrap).
export type Token = {kind: 'text' | 'bold' | 'italic' | 'code'; text: string} | {kind: 'link'; text: string; href: string};

const PATTERN = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[[^\]]+\]\([^)\s]+\))|(_[^_\s][^_]*_|\*[^*\s][^*]*\*)/g;

function tokenFor(match: string): Token {
    if (match.startsWith('`')) {
        return {kind: 'code', text: match.slice(1, -1)};
    }
    if (match.startsWith('**')) {
        return {kind: 'bold', text: match.slice(2, -2)};
    }
    if (match.startsWith('[')) {
        const split = match.indexOf('](');
        return {kind: 'link', text: match.slice(1, split), href: match.slice(split + 2, -1)};
    }
    return {kind: 'italic', text: match.slice(1, -1)};
}

export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let last = 0;
    for (const m of text.matchAll(PATTERN)) {
        if (m.index > last) {
            tokens.push({kind: 'text', text: text.slice(last, m.index)});
        }
        tokens.push(tokenFor(m[0]));
        last = m.index + m[0].length;
    }
    if (last < text.length) {
        tokens.push({kind: 'text', text: text.slice(last)});
    }
    return tokens;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
export const safeHref = (href: string) => (/^(https?:|\/|mailto:)/.test(href) ? href : '#');

// PostUtils.formatText for plugins: HTML from the same subset.
export function formatText(text: string): string {
    return tokenize(text).map((t) => {
        const body = escapeHtml(t.text);
        switch (t.kind) {
        case 'bold': return `<strong>${body}</strong>`;
        case 'italic': return `<em>${body}</em>`;
        case 'code': return `<code>${body}</code>`;
        case 'link': return `<a href="${escapeHtml(safeHref(t.href))}" target="_blank" rel="noopener noreferrer">${body}</a>`;
        case 'text': return body.replace(/\n/g, '<br/>');
        }
    }).join('');
}


