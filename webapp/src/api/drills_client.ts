import type {StartGamedayBody} from '../../../server-ts/src/contract/gamedays';
import type {IncidentView} from '../../../server-ts/src/contract/incidents';

import {expectShape, requestJson, type ClientOptions} from './http';
import {isIncidentView} from './incident_shapes';
import type {ApiError, Result} from './result';

type Reply<T> = Promise<Result<T, ApiError>>;

export type DrillsClient = {
    // A drill incident, declared as POST /incidents declares one; a bad scenario is a 400 naming `scenario`.
    startGameday: (body: StartGamedayBody) => Reply<IncidentView>;
    // Records how a drill's injected fault was noticed (its time to detect); 409 once recorded.
    markDetected: (incidentId: string, how: string) => Reply<IncidentView>;
};

export function createDrillsClient(options: ClientOptions): DrillsClient {
    const incident = async (path: string, body: unknown) => expectShape(await requestJson(options, 'POST', `/api/v1${path}`, body), isIncidentView, 'an incident');
    return {
        startGameday: (body) => incident('/gamedays', body),
        markDetected: (incidentId, how) => incident(`/incidents/${encodeURIComponent(incidentId)}/detected`, {how}),
    };
}
