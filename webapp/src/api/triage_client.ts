import type {
    NewTriageRequestBody, TriageDecisionBody, TriageQueueQuery, TriageRequestView, TriageRequestWithTimeline,
} from '../../../server-ts/src/contract/triage';

import {expectShape, requestJson, requestWithStatus, type ClientOptions} from './http';
import {err, ok, type ApiError, type Result} from './result';
import {isObject} from './is_object';
import {isTriageList, isTriageRequestView, isTriageWithTimeline, isUserAutocomplete} from './triage_shapes';

type Reply<T> = Promise<Result<T, ApiError>>;

// isReplay: the companion already had it — 200 for the same key, 409 for a message already linked to a request.
export type CreatedRequest = {request: TriageRequestView; isReplay: boolean};

export type TriageClient = {
    createRequest: (body: NewTriageRequestBody) => Reply<CreatedRequest>;
    listQueue: (query?: TriageQueueQuery) => Reply<TriageRequestView[]>;
    getRequest: (id: string) => Reply<TriageRequestWithTimeline>;
    decide: (id: string, body: TriageDecisionBody) => Reply<TriageRequestView>;
};

const API = '/api/v1/triage';
const enc = encodeURIComponent;

function queryString(query: TriageQueueQuery): string {
    const pairs = Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string');
    return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`;
}

export function createTriageClient(options: ClientOptions): TriageClient {
    return {
        createRequest: async (body) => {
            const sent = await requestWithStatus(options, 'POST', API, body, [409]);
            if (!sent.ok) {
                return sent;
            }
            const {status, body: reply} = sent.value;
            // 409: the message is already someone's request; the answer carries it so we can link it.
            const request = status === 409 && isObject(reply) ? reply.request : reply;
            return isTriageRequestView(request) ? ok({request, isReplay: status !== 201}) :
                err({kind: 'server', message: 'The companion sent a request in an unknown shape.'});
        },
        listQueue: async (query = {}) => expectShape(await requestJson(options, 'GET', `${API}${queryString(query)}`), isTriageList, 'the triage queue'),
        getRequest: async (id) => expectShape(await requestJson(options, 'GET', `${API}/${enc(id)}`), isTriageWithTimeline, 'a request'),
        decide: async (id, body) => expectShape(await requestJson(options, 'POST', `${API}/${enc(id)}/decision`, body), isTriageRequestView, 'a request'),
    };
}

export type TeamMember = {id: string; username: string};

const AUTOCOMPLETE_LIMIT = 10;

/**
 * Owners for the triage modal: Mattermost's own user autocomplete (GET /api/v4/users/autocomplete, as the host's
 * Client4.autocompleteUsers calls it), with options.baseUrl the Mattermost site and the same session cookie and
 * headers as the companion calls. Bots and deactivated accounts cannot own work, so they are left out.
 */
export async function searchTeamMembers(options: ClientOptions, teamId: string, prefix: string): Reply<TeamMember[]> {
    const path = `/api/v4/users/autocomplete?in_team=${enc(teamId)}&name=${enc(prefix)}&limit=${AUTOCOMPLETE_LIMIT}`;
    const reply = await requestJson(options, 'GET', path);
    if (!reply.ok) {
        return reply;
    }
    if (!isUserAutocomplete(reply.value)) {
        return err({kind: 'server', message: 'Mattermost sent its user search in an unknown shape.'});
    }
    return ok(reply.value.users.filter((u) => u.is_bot !== true && (u.delete_at ?? 0) === 0).map((u) => ({id: u.id, username: u.username})));
}
