import type {TriagePriority} from '../contract/summary.js';
import type {TriageCategory, TriageSuggestion} from '../contract/triage.js';
import {TRIAGE_CATEGORIES, TRIAGE_PRIORITIES} from './triage_fields.js';

// A suggestion is only useful if an SRE can see why it was made and overrule it in one key press, so these
// are plain keyword rules, not a model: each row names the words and what they point to.
export type SuggestionRule = {words: readonly string[]; category?: TriageCategory; priority?: TriagePriority};

export const SUGGESTION_RULES: readonly SuggestionRule[] = [
    {words: ['outage', 'down', '500', '502', '503', '504', 'data loss', 'unavailable'], category: 'reliability', priority: 'p1'},
    {words: ['latency', 'slow', 'flaky', 'timeout', 'timeouts', 'errors'], category: 'reliability'},
    {words: ['cve', 'vulnerability', 'leak', 'leaked', 'token', 'secret'], category: 'security', priority: 'p2'},
    {words: ['urgent', 'asap', 'blocked', 'broken'], priority: 'p2'},
    {words: ['cost', 'costs', 'bill', 'billing', 'spend', 'budget'], category: 'availability_cost'},
    {words: ['automate', 'automation', 'script', 'toil'], category: 'automation'},
    {words: ['docs', 'documentation', 'runbook', 'handbook'], category: 'documentation'},
    {words: ['whenever', 'someday', 'nice to have'], priority: 'p4'},
];

export const DEFAULT_SUGGESTION = {category: 'ktlo', priority: 'p3'} as const satisfies {category: TriageCategory; priority: TriagePriority};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits on either side mean a longer word ("download" is not "down"); phrases match across any spaces.
const wordPattern = (word: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${word.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

const COMPILED = SUGGESTION_RULES.map((rule) => ({...rule, patterns: rule.words.map((word) => ({word, re: wordPattern(word)}))}));

type Votes<K extends string> = Map<K, string[]>;

const vote = <K extends string>(votes: Votes<K>, key: K, words: string[]) => votes.set(key, [...new Set([...(votes.get(key) ?? []), ...words])]);

// The category with the most matched words wins; ties go to the one listed first in TRIAGE_CATEGORIES.
const bestCategory = (votes: Votes<TriageCategory>) =>
    TRIAGE_CATEGORIES.filter((c) => votes.has(c)).reduce<TriageCategory | undefined>(
        (best, c) => (best === undefined || (votes.get(c)?.length ?? 0) > (votes.get(best)?.length ?? 0) ? c : best), undefined);

export function suggest(text: string): TriageSuggestion {
    const categories: Votes<TriageCategory> = new Map();
    const priorities: Votes<TriagePriority> = new Map();
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
    }
    const category = bestCategory(categories) ?? DEFAULT_SUGGESTION.category;
    // The most urgent evidence wins: one "outage" outweighs any number of "whenever".
    const priority = TRIAGE_PRIORITIES.find((p) => priorities.has(p)) ?? DEFAULT_SUGGESTION.priority;
    return {
        category: {value: category, because: categories.get(category) ?? []},
        priority: {value: priority, because: priorities.get(priority) ?? []},
    };
}
