import type {Summary} from '../../../server-ts/src/contract/summary';

import {readShape, requestJson, type ClientOptions} from './http';
import {createIncidentsClient, type IncidentsClient} from './incidents_client';
import type {ApiError, Result} from './result';
import {readSummary} from './summary_shape';
import {createTriageClient, type TriageClient} from './triage_client';

export type {FetchFn, FetchResponse} from './http';

export type CompanionClient = IncidentsClient & TriageClient & {
    getSummary: () => Promise<Result<Summary, ApiError>>;
    eventsUrl: () => string;
};

/** The one place that knows the companion's URLs; every method returns a Result and never throws. */
export function createCompanionClient(options: ClientOptions): CompanionClient {
    return {
        ...createIncidentsClient(options),
        ...createTriageClient(options),
        getSummary: async () => readShape(await requestJson(options, 'GET', '/api/v1/summary'), readSummary, 'a summary'),
        eventsUrl: () => `${options.baseUrl}/api/v1/events`,
    };
}
