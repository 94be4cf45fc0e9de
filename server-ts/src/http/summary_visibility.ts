import type {FastifyRequest} from 'fastify';
import type {Summary} from '../contract/summary.js';
import {hideIncidents, type PrivateIncident} from '../domain/summary.js';
import type {Snapshot} from './summary_service.js';
import type {SessionUser} from './who_am_i.js';

// The ids among `incidents` this user may not see (not a member of the incident channel).
export type HiddenFor = (user: SessionUser, incidents: readonly PrivateIncident[]) => Promise<Set<string>>;
export type SummaryView = {summary: Summary; json: string};

// Without private incidents every user gets the shared, already serialised snapshot: the common case stays at cache speed.
export async function summaryFor(snapshot: Snapshot, user: SessionUser, hiddenFor: HiddenFor): Promise<SummaryView> {
    if (snapshot.privateIncidents.length === 0) {
        return snapshot;
    }
    const hidden = await hiddenFor(user, snapshot.privateIncidents);
    if (hidden.size === 0) {
        return snapshot;
    }
    const summary = hideIncidents(snapshot.summary, hidden);
    return {summary, json: JSON.stringify(summary)};
}

// Routes behind the auth plugin always have a user; a missing one is a wiring bug, not a client error.
export function sessionUser(req: FastifyRequest): SessionUser {
    if (req.user === null) {
        throw new Error(`${req.method} ${req.url} ran without the auth plugin`);
    }
    return req.user;
}
