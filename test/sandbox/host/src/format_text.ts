import {Marked, type Tokens} from 'marked';

// Mattermost renders posts with its fork of `marked`; we use marked itself. Like Mattermost, raw HTML in a
// message is shown as text, line breaks are kept, and only http(s), mailto and same-site links are clickable.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
export const safeHref = (href: string) => (/^(https?:|\/|mailto:)/.test(href) ? href : '#');

const markdown = new Marked({
    gfm: true,
    breaks: true,
    renderer: {
        html: ({text}: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
        link({href, tokens}: Tokens.Link) {
            const body = this.parser.parseInline(tokens);
            return `<a href="${escapeHtml(safeHref(href))}" target="_blank" rel="noopener noreferrer">${body}</a>`;
        },
        image: ({text}: Tokens.Image) => escapeHtml(text),
    },
});

// PostUtils.formatText for plugins, and the body of every post the host renders.
export function formatText(text: string): string {
    return markdown.parse(text, {async: false});
}
