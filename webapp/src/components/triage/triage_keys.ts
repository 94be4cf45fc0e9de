import type {TriagePriority} from '../../../../server-ts/src/contract/summary';

import type {Verdict} from './triage_moves';

export type TriageCommand = Verdict | 'skip' | 'previous' | 'next' | TriagePriority;

// One letter per command, never reused: which ones apply depends on the request's status (triage_moves.ts),
// so a key meant for another status does nothing rather than something else. s is Skip, so Start is t.
const COMMANDS: Readonly<Record<string, TriageCommand>> = {
    1: 'p1', 2: 'p2', 3: 'p3', 4: 'p4',
    a: 'accept', d: 'decline', u: 'duplicate', s: 'skip',
    t: 'start', o: 'done', r: 'reopen', v: 'set',
    ArrowLeft: 'previous', ArrowRight: 'next',
};

/** The shortcut each button announces (aria-keyshortcuts), from the same table the keys use. */
export const SHORTCUT: Readonly<Record<Exclude<TriageCommand, TriagePriority>, string>> = {
    accept: 'a', decline: 'd', duplicate: 'u', skip: 's', start: 't', done: 'o', reopen: 'r', set: 'v',
    previous: 'ArrowLeft', next: 'ArrowRight',
};

type KeyLike = {key: string; target: EventTarget | null; ctrlKey: boolean; metaKey: boolean; altKey: boolean};

// Letters and digits belong to whatever field has focus: text is being typed, or a select's typeahead is used.
const isField = (t: EventTarget | null) =>
    t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type !== 'checkbox' && t.type !== 'radio');

/** The command a key press means in the triage modal, or null when it is not one (or belongs to a field). */
export function triageCommand(e: KeyLike): TriageCommand | null {
    if (e.ctrlKey || e.metaKey || e.altKey || isField(e.target)) {
        return null;
    }
    return COMMANDS[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? null;
}
