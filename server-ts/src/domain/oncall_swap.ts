import {err, ok, type Result} from './result.js';

// A swap: `from` asks `to` to take [start, end) of the schedule; accepting makes it an override for `to`.
export type SwapProposal = {scheduleId: string; scheduleName: string; from: string; to: string; start: Date; end: Date};

const MAX_SWAP_DAYS = 31;
const DAY_MS = 86_400_000;

const instant = (text: string): Date | null => {
    const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim()) ? new Date(text.trim()) : null;
    return at !== null && !Number.isNaN(at.getTime()) ? at : null;
};

// The shift on offer: two ISO instants, in the future (a past shift cannot be covered), at most a month long.
export function parseSwapWindow(body: {start: string; end: string}, now: Date): Result<{start: Date; end: Date}, Record<string, string>> {
    const start = instant(body.start);
    const end = instant(body.end);
    const problems: Record<string, string> = {};
    if (start === null) {
        problems.start = `"${body.start}" is not an ISO instant (e.g. 2026-03-30T10:00:00Z)`;
    }
    if (end === null) {
        problems.end = `"${body.end}" is not an ISO instant (e.g. 2026-03-30T18:00:00Z)`;
    } else if (end <= now) {
        problems.end = 'the shift is already over';
    } else if (start !== null && end <= start) {
        problems.end = 'end must be after start';
    } else if (start !== null && end.getTime() - start.getTime() > MAX_SWAP_DAYS * DAY_MS) {
        problems.end = `swap at most ${MAX_SWAP_DAYS} days at a time`;
    }
    return start !== null && end !== null && Object.keys(problems).length === 0 ? ok({start, end}) : err(problems);
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const swapAskText = (p: SwapProposal) =>
    `@${p.from} asks you to take their on-call shift in **${p.scheduleName}** from ${when(p.start)} to ${when(p.end)}.`;
export const swapAnswerText = (p: SwapProposal, isAccepted: boolean) => (isAccepted ?
    `@${p.to} accepted: they are on call in **${p.scheduleName}** from ${when(p.start)} to ${when(p.end)} instead of @${p.from}.` :
    `@${p.to} declined to take the shift in **${p.scheduleName}** from ${when(p.start)} to ${when(p.end)}.`);
