import {findIncidentByChannel, takenChannelNames, type IncidentRow} from '../db/incident_rows.js';
import type {StoredDeclaration} from '../db/schema.js';
import {channelNameCandidates} from '../domain/patterns.js';
import {err, ok, type Result} from '../domain/result.js';
import type {MattermostFailure} from '../mattermost/bot_client.js';
import type {StepDeps} from './step_deps.js';

type Created = Result<{results: Record<string, string>; set?: Partial<IncidentRow>}, MattermostFailure>;
const MAX_NAME_TRIES = 20;

// Optimistic: create with the stored name (one call in the common case). Mattermost's 400 for a taken name
// means either our own earlier attempt made it (created by the bot, no other incident has it: adopt it) or
// someone else's channel has the name: move on to name-2, name-3… and store the name finally used.
export async function createIncidentChannel(deps: StepDeps, row: IncidentRow, declaration: StoredDeclaration): Promise<Created> {
    if (row.channelId !== null) {
        return ok({results: {}});
    }
    // Includes this incident's own stored name, which was just tried, so the search starts at name-2.
    const taken = await takenChannelNames(deps.db, row.teamId, row.channelName);
    const candidates = channelNameCandidates(row.channelName);
    let name = row.channelName;
    for (let tries = 0; tries < MAX_NAME_TRIES; tries++) {
        const created = await deps.bot.createChannel({teamId: row.teamId, name, displayName: declaration.displayName,
            header: declaration.header, purpose: declaration.purpose, isPrivate: row.isPrivate});
        if (created.ok) {
            return ok({results: {}, set: {channelId: created.value.id, channelName: created.value.name}});
        }
        if (created.error.status !== 400) {
            return created;
        }
        const existing = await deps.bot.getChannelByName(row.teamId, name);
        if (!existing.ok) {
            return existing;
        }
        if (existing.value === null) {
            return created;
        }
        if (await isOurs(deps, existing.value)) {
            return ok({results: {}, set: {channelId: existing.value.id, channelName: existing.value.name}});
        }
        name = nextFree(candidates, (n) => taken.has(n));
    }
    return err({kind: 'refused', status: 400, message: `no free channel name after ${MAX_NAME_TRIES} tries from "${row.channelName}"`});
}

async function isOurs(deps: StepDeps, channel: {id: string; creatorId: string}): Promise<boolean> {
    return channel.creatorId === await deps.botUserId() && await findIncidentByChannel(deps.db, channel.id) === null;
}

function nextFree(candidates: Iterator<string>, isTaken: (name: string) => boolean): string {
    for (;;) {
        const next = candidates.next();
        if (next.done !== true && !isTaken(next.value)) {
            return next.value;
        }
    }
}
