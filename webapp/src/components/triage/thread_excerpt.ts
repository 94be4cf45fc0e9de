import type {PostThread, ThreadPost} from '../../api/mattermost_posts';

export const SHOWN_REPLIES = 5;
const MAX_CHARS = 300;
const MAX_LINES = 6;

/** What the card shows of a thread: the root, its latest replies in reading order, and how many are left out. */
export function threadExcerpt(thread: PostThread, shown = SHOWN_REPLIES): {root: ThreadPost; replies: ThreadPost[]; hidden: number} {
    const replies = shown > 0 ? thread.replies.slice(-shown) : [];
    return {root: thread.root, replies, hidden: thread.replies.length - replies.length};
}

/**
 * A message cut to a few lines and characters, ending in "…" when cut. Counted in code points, so an emoji is never
 * split in half; line breaks are kept for the reader.
 */
export function truncateMessage(message: string, maxChars = MAX_CHARS, maxLines = MAX_LINES): string {
    const lines = message.split('\n');
    const byLines = lines.length > maxLines ? lines.slice(0, maxLines).join('\n') : message;
    const chars = Array.from(byLines);
    const cut = chars.length > maxChars ? chars.slice(0, maxChars).join('') : byLines;
    return cut === message ? message : `${cut.trimEnd()}…`;
}
