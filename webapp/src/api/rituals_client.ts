import type {RitualAgendaPreview, RitualBody, RitualList, RitualView} from '../../../server-ts/src/contract/rituals';

import {expectShape, requestJson, type ClientOptions} from './http';
import type {ApiError, Result} from './result';
import {isRitualAgenda, isRitualList, isRitualView} from './ritual_shapes';

type Reply<T> = Promise<Result<T, ApiError>>;

export type RitualsClient = {
    // Every ritual with its next occurrences, and the iCal feed of the active ones.
    listRituals: () => Reply<RitualList>;
    // SREs only (403 for anyone else); a bad field is a 400 naming it.
    createRitual: (body: RitualBody) => Reply<RitualView>;
    updateRitual: (id: string, body: RitualBody) => Reply<RitualView>;
    // What the next agenda would say if it were posted now, as the Markdown that is posted.
    ritualAgenda: (id: string) => Reply<RitualAgendaPreview>;
};

const API = '/api/v1/rituals';
const enc = encodeURIComponent;

export function createRitualsClient(options: ClientOptions): RitualsClient {
    const ritual = async (reply: Promise<Result<unknown, ApiError>>) => expectShape(await reply, isRitualView, 'a ritual');
    return {
        listRituals: async () => expectShape(await requestJson(options, 'GET', API), isRitualList, 'rituals'),
        createRitual: (body) => ritual(requestJson(options, 'POST', API, body)),
        updateRitual: (id, body) => ritual(requestJson(options, 'PUT', `${API}/${enc(id)}`, body)),
        ritualAgenda: async (id) => expectShape(await requestJson(options, 'GET', `${API}/${enc(id)}/agenda`), isRitualAgenda, 'an agenda'),
    };
}
