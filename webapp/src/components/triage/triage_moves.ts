import type {TriageStatus} from '../../../../server-ts/src/contract/triage';

/** Every decision the companion takes (POST /triage/:id/decision, `action`). */
export type Verdict = 'accept' | 'decline' | 'duplicate' | 'start' | 'done' | 'reopen' | 'set';

// The companion's state machine (domain/triage_request.ts NEXT), so the modal offers only moves it allows.
// `set` on a new request is left out: Accept carries the same fields.
const MOVES: Readonly<Record<TriageStatus, readonly Verdict[]>> = {
    new: ['accept', 'decline', 'duplicate'],
    accepted: ['start', 'done', 'set', 'decline', 'duplicate'],
    in_progress: ['done', 'set', 'decline', 'duplicate'],
    done: ['reopen'],
    declined: ['reopen'],
    duplicate: ['reopen'],
};

export const movesFor = (status: TriageStatus): readonly Verdict[] => MOVES[status];

export const canMove = (status: TriageStatus, verdict: Verdict): boolean => MOVES[status].includes(verdict);

/** Closed requests only reopen; their fields are not edited. */
export const isEditable = (status: TriageStatus): boolean => canMove(status, 'accept') || canMove(status, 'set');

/** Accept, decline and duplicate settle a request, so the walk moves on; the others keep it in view. */
export const isSettling = (verdict: Verdict): boolean => verdict === 'accept' || verdict === 'decline' || verdict === 'duplicate';
