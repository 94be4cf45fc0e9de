import type {NewTriageRequestBody} from '../contract/triage.js';
import type {Person} from '../contract/incidents.js';
import {findTriageRowByKeyOrSource, insertTriageRow, toTriageRequest, type TriageRow} from '../db/triage_rows.js';
import {err, ok, type Result} from '../domain/result.js';
import {creationEvent, validateNewRequest} from '../domain/triage_request.js';
import type {Actor} from '../incidents/access.js';
import type {BotPost} from '../mattermost/bot_incident_actions.js';
import {triagePostProps} from '../mattermost/triage_buttons.js';
import {createdReply} from './triage_replies.js';
import {UNREACHABLE, type FieldErrors, type TriageDeps} from './triage_deps.js';
import {triageView} from './triage_view.js';

// 'source_taken': the message was already sent to triage; `row` is that request.
export type Created = {kind: 'inserted' | 'replayed' | 'source_taken'; row: TriageRow};
type Source = {post: BotPost; author: Person};

export async function createRequest(deps: TriageDeps, body: NewTriageRequestBody, actor: Actor): Promise<Result<Created, FieldErrors>> {
    const valid = validateNewRequest(body);
    if (!valid.ok) {
        return valid;
    }
    const sourcePostId = blankAsNull(body.sourcePostId);
    // A replay or a second send of the same message needs no Mattermost call at all.
    const [known] = await findTriageRowByKeyOrSource(deps.db, body.idempotencyKey, sourcePostId);
    if (known) {
        return ok({kind: known.idempotencyKey === body.idempotencyKey ? 'replayed' : 'source_taken', row: known});
    }
    const source = sourcePostId === null ? ok(null) : await loadSource(deps, sourcePostId, actor);
    if (!source.ok) {
        return source;
    }
    const requester = source.value?.author ?? {id: actor.id, username: actor.username};
    const post = source.value?.post;
    const now = deps.now?.() ?? new Date();
    const inserted = await insertTriageRow(deps.db, {
        ...valid.value, idempotencyKey: body.idempotencyKey, requesterId: requester.id, requesterUsername: requester.username,
        sourcePostId, sourceChannelId: post?.channelId ?? null, sourceRootId: post ? post.rootId || post.id : null,
        createdAt: now, updatedAt: now,
    }, creationEvent(valid.value, requester), actor.id);
    if (inserted.kind === 'inserted') {
        // SREs on a phone decide right under the request (issue 6): the reply carries signed Accept/Decline buttons.
        const buttons = deps.signing ? triagePostProps(triageView(inserted.row, deps.mmUrl, now, deps.sla), deps.signing) : {};
        await replyInThread(deps, inserted.row, createdReply(toTriageRequest(inserted.row)), buttons);
    }
    return ok(inserted);
}

const blankAsNull = (raw: string | undefined) => (raw === undefined || raw.trim() === '' ? null : raw.trim());

// The message and its author (the requester); the actor's own message needs no user look-up.
async function loadSource(deps: TriageDeps, postId: string, actor: Actor): Promise<Result<Source, FieldErrors>> {
    const post = await deps.bot.getPost(postId);
    if (!post.ok) {
        return err({_: UNREACHABLE});
    }
    if (post.value === null) {
        return err({sourcePostId: 'the message was not found: it may have been deleted'});
    }
    const authorId = post.value.userId;
    if (authorId === actor.id) {
        return ok({post: post.value, author: {id: actor.id, username: actor.username}});
    }
    const users = await deps.bot.getUsersByIds([authorId]);
    if (!users.ok) {
        return err({_: UNREACHABLE});
    }
    return ok({post: post.value, author: {id: authorId, username: users.value.find((u) => u.id === authorId)?.username ?? 'unknown'}});
}

// Best effort: the request is saved either way, and a missing reply must not make the client retry the creation.
export async function replyInThread(deps: TriageDeps, row: TriageRow, message: string, props: Record<string, unknown> = {}): Promise<void> {
    if (row.sourceChannelId === null || row.sourceRootId === null) {
        return;
    }
    const posted = await deps.bot.createPost({channelId: row.sourceChannelId, rootId: row.sourceRootId, message,
        props: {...props, sre_triage_id: row.id}});
    if (!posted.ok) {
        deps.onProblem?.('triage thread reply failed', {requestId: row.id, error: posted.error});
    }
}
