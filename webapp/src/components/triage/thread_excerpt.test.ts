import type {ThreadPost} from '../../api/mattermost_posts';

import {threadExcerpt, truncateMessage} from './thread_excerpt';

const post = (n: number): ThreadPost => ({id: `p${n}`, userId: 'u1', message: `m${n}`, createAt: n});
const ids = (posts: ThreadPost[]) => posts.map((p) => p.id);

it.each<[string, number, number, string[], number]>([
    ['no replies', 0, 5, [], 0],
    ['fewer than shown', 3, 5, ['p1', 'p2', 'p3'], 0],
    ['exactly shown', 5, 5, ['p1', 'p2', 'p3', 'p4', 'p5'], 0],
    ['more than shown: the latest, oldest first', 8, 5, ['p4', 'p5', 'p6', 'p7', 'p8'], 3],
    ['none shown', 2, 0, [], 2],
])('threadExcerpt with %s', (_name, count, shown, expected, hidden) => {
    const replies = Array.from({length: count}, (_v, i) => post(i + 1));
    const excerpt = threadExcerpt({root: post(0), replies}, shown);
    expect(excerpt.root.id).toBe('p0');
    expect(ids(excerpt.replies)).toEqual(expected);
    expect(excerpt.hidden).toBe(hidden);
});

it.each<[string, string, number, number, string]>([
    ['short text stays', 'Checkout 502', 20, 3, 'Checkout 502'],
    ['exactly the limit stays', 'abcde', 5, 3, 'abcde'],
    ['long text is cut with an ellipsis', 'abcdefgh', 5, 3, 'abcde…'],
    ['trailing space before the cut goes', 'abc  defgh', 5, 3, 'abc…'],
    ['line breaks stay', 'one\ntwo', 20, 3, 'one\ntwo'],
    ['too many lines are cut', 'one\ntwo\nthree\nfour', 50, 2, 'one\ntwo…'],
    ['an emoji is never split', 'ab😀😀cd', 3, 3, 'ab😀…'],
])('truncateMessage: %s', (_name, message, maxChars, maxLines, expected) => {
    expect(truncateMessage(message, maxChars, maxLines)).toBe(expected);
});
