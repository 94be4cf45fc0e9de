import type {TemplateInput} from '../contract/incidents.js';
import type {Database} from '../db/database.js';
import {findRunbookRecords} from '../db/runbook_rows.js';
import {isUuid} from '../domain/uuid.js';
import {err, type Result} from '../domain/result.js';
import {validateTemplate, type ValidTemplate} from '../domain/template.js';
import type {FieldErrors} from './declare.js';

// A step may link only a live runbook of the library: one that is gone or archived is named at its step, with every
// other problem of the template, so one answer lists all there is to fix and nothing is saved.
export async function validateWithRunbooks(db: Database, input: TemplateInput): Promise<Result<ValidTemplate, FieldErrors>> {
    const valid = validateTemplate(input);
    const linked = await runbookProblems(db, input.checklist.map((s) => s.runbookId?.trim() ?? ''));
    return valid.ok && Object.keys(linked).length === 0 ? valid : err({...(valid.ok ? {} : valid.error), ...linked});
}

async function runbookProblems(db: Database, ids: readonly string[]): Promise<FieldErrors> {
    // A malformed id is the domain's to name; only well-formed ones are looked up.
    const byId = new Map((await findRunbookRecords(db, ids)).map((r) => [r.id, r]));
    const problems = ids.map((id, i): [string, string | null] => {
        const runbook = byId.get(id);
        const problem = !isUuid(id) ? null : runbook === undefined ? 'no such runbook: choose one from the library' :
            runbook.isArchived ? `runbook "${runbook.title}" is archived: link a live one, or none` : null;
        return [`checklist[${i}].runbookId`, problem];
    });
    return Object.fromEntries(problems.filter((p): p is [string, string] => p[1] !== null));
}
