import {describe, expect, it} from 'vitest';

import {formatText} from './format_text';

describe('formatText', () => {
    it.each([
        ['**Sev1** open', '<p><strong>Sev1</strong> open</p>'],
        ['run `/sre help`', '<p>run <code>/sre help</code></p>'],
        ['see [docs](https://example.com/x)', '<p>see <a href="https://example.com/x" target="_blank" rel="noopener noreferrer">docs</a></p>'],
        ['<b>not html</b>', '<p>&#60;b&#62;not html&#60;/b&#62;</p>'],
        ['[x](javascript:alert(1))', '<p><a href="#" target="_blank" rel="noopener noreferrer">x</a></p>'],
        ['a\nb', '<p>a<br>b</p>'],
        ['#### SRE Toolkit', '<h4>SRE Toolkit</h4>'],
        ['* one\n* two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
        ['> quoted', '<blockquote>\n<p>quoted</p>\n</blockquote>'],
    ])('%j → %j', (input, html) => expect(formatText(input).trim()).toBe(html));
});
