import type {NewFollowUpBody, RetrospectiveView, SaveRetrospectiveBody} from '../../../server-ts/src/contract/retrospectives';

import {readShape, requestJson, requestWithStatus, type ClientOptions} from './http';
import {isObject} from './is_object';
import {err, ok, type ApiError, type Result} from './result';
import {parseRetrospective} from './retro_shapes';

type Reply<T> = Promise<Result<T, ApiError>>;

// A save either lands, or someone saved first (409): then the companion's current review comes back to reload.
export type SaveOutcome = {kind: 'saved'; retrospective: RetrospectiveView} | {kind: 'conflict'; current: RetrospectiveView; message: string};

export type RetroClient = {
    getRetrospective: (incidentId: string) => Reply<RetrospectiveView>;
    saveRetrospective: (incidentId: string, body: SaveRetrospectiveBody) => Reply<SaveOutcome>;
    addFollowUp: (incidentId: string, body: NewFollowUpBody) => Reply<RetrospectiveView>;
    publishRetrospective: (incidentId: string) => Reply<RetrospectiveView>;
    // The Markdown export, for a plain link: the browser sends the session cookie with it.
    markdownUrl: (incidentId: string) => string;
};

const UNKNOWN: ApiError = {kind: 'server', message: 'The companion sent a retrospective in an unknown shape.'};
const retrospective = (result: Result<unknown, ApiError>): Result<RetrospectiveView, ApiError> => readShape(result, parseRetrospective, 'a retrospective');

function saveOutcome(status: number, body: unknown): Result<SaveOutcome, ApiError> {
    if (status !== 409) {
        const saved = parseRetrospective(body);
        return saved ? ok({kind: 'saved', retrospective: saved}) : err(UNKNOWN);
    }
    const current = isObject(body) ? parseRetrospective(body.retrospective) : null;
    const message = isObject(body) && typeof body.message === 'string' ? body.message : '';
    return current ? ok({kind: 'conflict', current, message}) : err(UNKNOWN);
}

export function createRetroClient(options: ClientOptions): RetroClient {
    const path = (incidentId: string) => `/api/v1/incidents/${encodeURIComponent(incidentId)}/retrospective`;
    return {
        getRetrospective: async (id) => retrospective(await requestJson(options, 'GET', path(id))),
        saveRetrospective: async (id, body) => {
            const sent = await requestWithStatus(options, 'PUT', path(id), body, [409]);
            return sent.ok ? saveOutcome(sent.value.status, sent.value.body) : sent;
        },
        addFollowUp: async (id, body) => retrospective(await requestJson(options, 'POST', `${path(id)}/follow-ups`, body)),
        publishRetrospective: async (id) => retrospective(await requestJson(options, 'POST', `${path(id)}/publish`, {})),
        markdownUrl: (id) => `${options.baseUrl}${path(id)}.md`,
    };
}
