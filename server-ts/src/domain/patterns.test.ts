import {describe, expect, it} from 'vitest';
import {
    channelNameCandidates, isValidChannelName, patternVars, renderChannelName, renderPattern, slugify, uniqueChannelName,
    type PatternFacts, type PatternVars,
} from './patterns.js';

const FACTS: PatternFacts = {
    title: 'Database latency high', number: 42, severity: 'sev2', tier: 'cloud', commanderUsername: 'bob',
    templateName: 'Degraded service (SEV2)', now: new Date('2025-03-13T23:30:00Z'), timeZone: 'Europe/Berlin',
};
const vars = (over: Partial<PatternFacts> = {}): PatternVars => {
    const result = patternVars({...FACTS, ...over});
    if (!result.ok) {
        throw new Error(result.error);
    }
    return result.value;
};

describe('patternVars', () => {
    it('formats every placeholder', () => expect(vars()).toEqual({
        title: 'Database latency high', slug: 'database-latency-high', date: '2025-03-14', number: '42',
        severity: 'SEV2', tier: 'cloud', commander: '@bob', template: 'Degraded service (SEV2)',
    }));
    it.each<[string, string]>([['Europe/Berlin', '2025-03-14'], ['UTC', '2025-03-13'], ['America/Los_Angeles', '2025-03-13']])(
        'dates in the team zone %s', (timeZone, date) => expect(vars({timeZone}).date).toBe(date));
    it.each(['🔥🔥', '数据库', 'x', '--'])('falls back to a slug for %j', (title) => expect(vars({title}).slug).toBe('incident'));
    it('refuses an unknown zone', () => expect(patternVars({...FACTS, timeZone: 'Mars/Olympus'})).toEqual({ok: false, error: 'unknown time zone "Mars/Olympus"'}));
});

describe('renderPattern', () => {
    it.each<[string, string]>([
        ['{severity} #{number}: {title}', 'SEV2 #42: Database latency high'],
        ['Commander {commander} · {template} · {tier}', 'Commander @bob · Degraded service (SEV2) · cloud'],
        ['no placeholders', 'no placeholders'],
        ["kubectl get pods -o jsonpath='{.items[*].metadata.name}' {}", "kubectl get pods -o jsonpath='{.items[*].metadata.name}' {}"],
    ])('renders %j', (pattern, text) => expect(renderPattern(pattern, vars())).toEqual({ok: true, value: text}));

    it('does not expand placeholders inside values', () =>
        expect(renderPattern('{title}', vars({title: 'about {slug}'}))).toEqual({ok: true, value: 'about {slug}'}));

    it.each<[string, RegExp]>([
        ['{titel}', /^unknown placeholder \{titel\}: use \{title\} \{slug\}/],
        ['{foo} {bar} {foo}', /^unknown placeholders \{foo\}, \{bar\}:/],
        ['{Title}', /\{Title\}/],
    ])('names the unknown placeholder in %j', (pattern, message) => {
        const result = renderPattern(pattern, vars());
        expect(!result.ok && result.error).toMatch(message);
    });
});

describe('slugify', () => {
    it.each<[string, string]>([
        ['Database latency high', 'database-latency-high'],
        ['Café crème: ÉCHEC à Zürich', 'cafe-creme-echec-a-zurich'],
        ['Straße / Øresund / Łódź / Æther', 'strasse-oresund-lodz-aether'],
        ['🔥 API down 🔥', 'api-down'],
        ['  --Hello__World!!  ', 'hello-world'],
        ['５００ errors', '500-errors'],
        ['S3 + CloudFront: 503s (eu-west-1)', 's3-cloudfront-503s-eu-west-1'],
        ['数据库', ''],
        ['Elasticsearch cluster yellow after rolling restart of data nodes', 'elasticsearch-cluster-yellow-after'],
        ['a'.repeat(50), 'a'.repeat(40)],
    ])('%j → %j', (title, slug) => expect(slugify(title)).toBe(slug));

    it('keeps slugs to 40 characters', () => expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(40));
});

describe('renderChannelName', () => {
    it.each<[string, Partial<PatternFacts>, string]>([
        ['inc-{date}-{slug}', {}, 'inc-2025-03-14-database-latency-high'],
        ['{severity}_{number}', {}, 'sev2_42'],
        ['INC {number} {title}', {title: 'Ünïcödé   ---  __ test'}, 'inc-42-unicode-test'],
        ['inc-{number}-{title}', {title: '🔥'}, 'inc-42'],
        ['--{slug}--', {}, 'database-latency-high'],
        ['a__b', {}, 'a_b'],
        ['a-_b', {}, 'a-b'],
        ['{commander}-{tier}', {commanderUsername: 'jane.doe'}, 'jane-doe-cloud'],
    ])('%j renders %j', (pattern, over, name) => expect(renderChannelName(pattern, vars(over))).toEqual({ok: true, value: name}));

    it('cuts names over 64 characters at a word boundary', () => {
        const result = renderChannelName('incident-{number}-{title}', vars({title: 'Elasticsearch cluster yellow after rolling restart of data nodes in us-east-1'}));
        expect(result).toEqual({ok: true, value: 'incident-42-elasticsearch-cluster-yellow-after-rolling-restart'});
    });
    it('cuts a single long word hard at 64', () => {
        const result = renderChannelName('{title}', vars({title: 'x'.repeat(100)}));
        expect(result).toEqual({ok: true, value: 'x'.repeat(64)});
    });

    it.each<[string, Partial<PatternFacts>, RegExp]>([
        ['', {}, /needs at least two letters or digits/],
        ['---', {}, /renders to "---"/],
        ['_-_ !!', {}, /needs at least two/],
        ['{title}', {title: '🔥🚒'}, /renders to "🔥🚒"/],
        ['x', {}, /needs at least two/],
        ['inc-{nmber}', {}, /unknown placeholder \{nmber\}/],
    ])('refuses %j', (pattern, over, message) => {
        const result = renderChannelName(pattern, vars(over));
        expect(!result.ok && result.error).toMatch(message);
    });
});

describe('isValidChannelName', () => {
    it.each<[string, boolean]>([
        ['inc-1', true], ['a1', true], ['town-square', true], ['a'.repeat(64), true], ['a'.repeat(65), false],
        ['a', false], ['', false], ['-a', false], ['a-', false], ['Inc', false], ['in c', false], ['inc.1', false],
    ])('%j → %s', (name, valid) => expect(isValidChannelName(name)).toBe(valid));
});

describe('uniqueChannelName', () => {
    const near64 = `${'abcdefghi-'.repeat(6)}abc`; // 63 characters
    it.each<[string, string[], string]>([
        ['inc-db', [], 'inc-db'],
        ['inc-db', ['inc-db'], 'inc-db-2'],
        ['inc-db', ['inc-db', 'inc-db-2', 'inc-db-3'], 'inc-db-4'],
        ['a'.repeat(64), ['a'.repeat(64)], `${'a'.repeat(62)}-2`],
        [near64, [near64], `${'abcdefghi-'.repeat(6)}ab-2`],
        [`${'a'.repeat(61)}-b`, [`${'a'.repeat(61)}-b`], `${'a'.repeat(61)}-2`],
        ['a'.repeat(64), ['a'.repeat(64), ...Array.from({length: 8}, (_, i) => `${'a'.repeat(62)}-${i + 2}`)], `${'a'.repeat(61)}-10`],
    ])('%j with %j taken → %j', (base, taken, name) => {
        const result = uniqueChannelName(base, (n) => taken.includes(n));
        expect(result).toEqual({ok: true, value: name});
        expect(result.ok && isValidChannelName(result.value)).toBe(true);
    });

    it('gives up with a message instead of looping forever', () =>
        expect(uniqueChannelName('inc-db', () => true, 5)).toEqual({ok: false, error: 'no free channel name after 5 tries starting from "inc-db"'}));

    it('offers candidates lazily for asynchronous checks', () => {
        const names = channelNameCandidates('inc');
        expect([names.next().value, names.next().value, names.next().value]).toEqual(['inc', 'inc-2', 'inc-3']);
    });
});
