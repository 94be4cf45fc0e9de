import type {TriagePriority} from '../contract/summary.js';
import type {OwnershipArea, TriageCategory, TriageSuggestion} from '../contract/triage.js';
import {OWNERSHIP_AREAS, TRIAGE_CATEGORIES, TRIAGE_PRIORITIES} from './triage_fields.js';

// A suggestion is only useful if an SRE can see why it was made and overrule it in one key press, so these
// are plain keyword rules, not a model: each row names the words and what they point to.
export type SuggestionRule = {words: readonly string[]; category?: TriageCategory; priority?: TriagePriority; area?: OwnershipArea};

export const SUGGESTION_RULES: readonly SuggestionRule[] = [
    {words: ['outage', 'down', '500', '502', '503', '504', 'data loss', 'unavailable'], category: 'reliability', priority: 'p1'},
    {words: ['latency', 'slow', 'flaky', 'timeout', 'timeouts', 'errors'], category: 'reliability'},
    {words: ['cve', 'vulnerability', 'leak', 'leaked', 'token', 'secret'], category: 'security', priority: 'p2'},
    {words: ['urgent', 'asap', 'blocked', 'broken'], priority: 'p2'},
    {words: ['cost', 'costs', 'bill', 'billing', 'spend', 'budget'], category: 'availability_cost'},
    {words: ['automate', 'automation', 'script', 'toil'], category: 'automation'},
    {words: ['docs', 'documentation', 'runbook', 'handbook'], category: 'documentation'},
    {words: ['whenever', 'someday', 'nice to have'], priority: 'p4'},
    {words: ['community.mattermost.com', 'community server', 'daily release', 'calls'], area: 'community'},
    {words: ['testing environment', 'staging', 'observability', 'grafana', 'prometheus', 'gitops', 'terraform', 'iac', 'ci pipeline'], area: 'internal_platform'},
];

// Cloud user-facing services are the team's first priority, so a request naming nothing else lands there.
export const DEFAULT_SUGGESTION = {category: 'ktlo', priority: 'p3', area: 'cloud'} as const satisfies
    {category: TriageCategory; priority: TriagePriority; area: OwnershipArea};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits on either side mean a longer word ("download" is not "down"); phrases match across any spaces.
const wordPattern = (word: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${word.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

const COMPILED = SUGGESTION_RULES.map((rule) => ({...rule, patterns: rule.words.map((word) => ({word, re: wordPattern(word)}))}));

type Votes<K extends string> = Map<K, string[]>;

const vote = <K extends string>(votes: Votes<K>, key: K, words: string[]) => votes.set(key, [...new Set([...(votes.get(key) ?? []), ...words])]);

// The key with the most matched words wins; ties go to the one listed first (TRIAGE_CATEGORIES, OWNERSHIP_AREAS).
const mostVoted = <K extends string>(order: readonly K[], votes: Votes<K>) =>
    order.filter((k) => votes.has(k)).reduce<K | undefined>(
        (best, k) => (best === undefined || (votes.get(k)?.length ?? 0) > (votes.get(best)?.length ?? 0) ? k : best), undefined);

export function suggest(text: string): TriageSuggestion {
    const categories: Votes<TriageCategory> = new Map();
    const priorities: Votes<TriagePriority> = new Map();
    const areas: Votes<OwnershipArea> = new Map();
    for (const rule of COMPILED) {
        const matched = rule.patterns.filter((p) => p.re.test(text)).map((p) => p.word);
        if (matched.length === 0) {
            continue;
        }
        if (rule.category) {
            vote(categories, rule.category, matched);
        }
        if (rule.priority) {
            vote(priorities, rule.priority, matched);
        }
        if (rule.area) {
            vote(areas, rule.area, matched);
        }
    }
    const category = mostVoted(TRIAGE_CATEGORIES, categories) ?? DEFAULT_SUGGESTION.category;
    const area = mostVoted(OWNERSHIP_AREAS, areas) ?? DEFAULT_SUGGESTION.area;
    // The most urgent evidence wins: one "outage" outweighs any number of "whenever".
    const priority = TRIAGE_PRIORITIES.find((p) => priorities.has(p)) ?? DEFAULT_SUGGESTION.priority;
    return {
        category: {value: category, because: categories.get(category) ?? []},
        priority: {value: priority, because: priorities.get(priority) ?? []},
        area: {value: area, because: areas.get(area) ?? []},
    };
}
