import {describe, expect, it} from 'vitest';

import {formatText, tokenize} from './format_text';

describe('formatText', () => {
    it.each([
        ['**Sev1** open', '<strong>Sev1</strong> open'],
        ['run `/sre help`', 'run <code>/sre help</code>'],
        ['see [docs](https://example.com/x)', 'see <a href="https://example.com/x" target="_blank" rel="noopener noreferrer">docs</a>'],
        ['<b>not html</b>', '&#60;b&#62;not html&#60;/b&#62;'],
        ['[x](javascript:alert(1))', '<a href="#" target="_blank" rel="noopener noreferrer">x</a>)'],
        ['a\nb', 'a<br/>b'],
    ])('%j → %j', (input, html) => expect(formatText(input)).toBe(html));

    it('keeps plain text as one token', () => expect(tokenize('hello')).toEqual([{kind: 'text', text: 'hello'}]));
});
