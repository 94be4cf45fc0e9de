import type {Person} from '../contract/incidents.js';
import type {TriageDecisionBody} from '../contract/triage.js';
import {decideTriageRow, findTriageRowByNumber, toTriageRequest, type TriageRow} from '../db/triage_rows.js';
import {err, ok, type Result} from '../domain/result.js';
import {decide, type TriageAction, type TriageDecision} from '../domain/triage_request.js';
import type {Actor} from '../incidents/access.js';
import {replyInThread} from './create_request.js';
import {decisionReply} from './triage_replies.js';
import {UNREACHABLE, type FieldErrors, type TriageDeps} from './triage_deps.js';

const ACTIONS: readonly TriageAction[] = ['accept', 'decline', 'duplicate', 'start', 'done', 'reopen', 'set'];
const isAction = (raw: string): raw is TriageAction => (ACTIONS as readonly string[]).includes(raw);

// Decisions are the SRE team's; anyone may create and read requests. Nothing is saved unless every field is right.
export async function decideRequest(deps: TriageDeps, id: string, body: TriageDecisionBody, actor: Actor): Promise<Result<TriageRow, FieldErrors>> {
    if (!await deps.isSre(actor)) {
        return err({_: 'forbidden: only SREs triage requests; ask an SRE or a system admin'});
    }
    const decision = await toDecision(deps, body);
    if (!decision.ok) {
        return decision;
    }
    const person: Person = {id: actor.id, username: actor.username};
    const now = deps.now?.() ?? new Date();
    const related = decision.value.action === 'duplicate' ? [decision.value.of] : [];
    const decided = await decideTriageRow(deps.db, id, related, actor.id, now,
        (current, lookup) => decide(current, decision.value, person, now, (other) => lookup.get(other)));
    if (!decided.ok) {
        return err(decided.error === 'not_found' ? {_: 'not_found'} : decided.error);
    }
    const {row, event} = decided.value;
    const text = decisionReply(toTriageRequest(row), event);
    if (text !== null) {
        await replyInThread(deps, row, text);
    }
    return ok(row);
}

async function toDecision(deps: TriageDeps, body: TriageDecisionBody): Promise<Result<TriageDecision, FieldErrors>> {
    const action = body.action.trim().toLowerCase();
    if (!isAction(action)) {
        return err({action: `"${body.action}" is not a decision: use ${ACTIONS.join(', ')}`});
    }
    switch (action) {
    case 'accept':
    case 'set': {
        const owner = await resolveOwner(deps, body.ownerId);
        if (!owner.ok) {
            return owner;
        }
        const fields = {priority: body.priority, category: body.category, area: body.area, quarter: body.quarter, labels: body.labels,
            ...(owner.value === undefined ? {} : {owner: owner.value})};
        return ok(action === 'set' ? {action, fields} : {action, fields, note: body.note ?? ''});
    }
    case 'decline':
        return ok({action, reason: body.reason ?? ''});
    case 'duplicate':
        return ok({action, of: await duplicateId(deps, body.duplicateOf ?? '')});
    case 'done':
        return ok({action, note: body.note ?? ''});
    case 'reopen':
        return ok({action, reason: body.reason ?? ''});
    case 'start':
        return ok({action});
    }
}

// Missing leaves the owner as it is; '' clears it; an id must be a Mattermost user (its username is stored).
async function resolveOwner(deps: TriageDeps, ownerId: string | undefined): Promise<Result<Person | null | undefined, FieldErrors>> {
    if (ownerId === undefined) {
        return ok(undefined);
    }
    if (ownerId.trim() === '') {
        return ok(null);
    }
    const users = await deps.bot.getUsersByIds([ownerId.trim()]);
    if (!users.ok) {
        return users.error.status === 400 ? err({ownerId: 'no such Mattermost user: choose the owner from the list'}) : err({_: UNREACHABLE});
    }
    const user = users.value.find((u) => u.id === ownerId.trim());
    return user ? ok({id: user.id, username: user.username}) : err({ownerId: 'no such Mattermost user: choose the owner from the list'});
}

// People type "#12" or "12" in dialogs; the webapp sends the id. Either way the domain gets an id to look up.
async function duplicateId(deps: TriageDeps, raw: string): Promise<string> {
    const number = /^#?(\d{1,9})$/.exec(raw.trim())?.[1];
    if (number === undefined) {
        return raw.trim();
    }
    return (await findTriageRowByNumber(deps.db, Number(number)))?.id ?? raw.trim();
}
