import {suggestTitle} from './title_suggestion';

it.each([
    ['the first sentence', 'Checkout is failing for EU users. Errors started at 09:12.', 'Checkout is failing for EU users'],
    ['a question', 'Is the database down? Nothing loads', 'Is the database down'],
    ['the first non-empty line', '\n\n**API latency** high\nsee graph', 'API latency high'],
    ['a long sentence cut at a word', `${'word '.repeat(30)}end`, `${'word '.repeat(15).trim()}…`],
    ['an empty message', '   ', ''],
    ['a version number stays whole', 'Release 1.2.3 broke logins', 'Release 1.2.3 broke logins'],
])('suggests %s', (_name, message, expected) => {
    const title = suggestTitle(message);
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(80);
});
