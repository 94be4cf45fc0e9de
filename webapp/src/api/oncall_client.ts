import type {OncallNow, ScheduleBody, ScheduleView, Shift} from '../../../server-ts/src/contract/schedules';

import {expectShape, requestJson, type ClientOptions} from './http';
import {
    isOncallNow, isProfileList, isScheduleList, isScheduleView, isShiftList, isSwapAnswer,
    type ProfileHit, type SwapAnswer, type SwapProposal,
} from './oncall_shapes';
import type {ApiError, Result} from './result';

type Reply<T> = Promise<Result<T, ApiError>>;

/** A half-open range of instants, [from, to), as ISO strings. */
type Range = {from: string; to: string};

export type OncallClient = {
    listSchedules: () => Reply<ScheduleView[]>;
    getSchedule: (id: string) => Reply<ScheduleView>;
    createSchedule: (body: ScheduleBody) => Reply<ScheduleView>;
    updateSchedule: (id: string, body: ScheduleBody) => Reply<ScheduleView>;
    // The final schedule an unsaved body would give; a 400 names the bad fields as PUT would.
    previewSchedule: (body: ScheduleBody, range: Range) => Reply<Shift[]>;
    getShifts: (id: string, range: Range) => Reply<Shift[]>;
    getOncall: (id: string, at?: string) => Reply<OncallNow>;
    takeOver: (id: string, hours: number) => Reply<ScheduleView>;
    proposeSwap: (id: string, proposal: SwapProposal) => Reply<SwapAnswer>;
};

const API = '/api/v1/schedules';
const enc = encodeURIComponent;
const rangeQuery = ({from, to}: Range) => `from=${enc(from)}&to=${enc(to)}`;

export function createOncallClient(options: ClientOptions): OncallClient {
    const call = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => requestJson(options, method, `${API}${path}`, body);
    const schedule = async (reply: Promise<Result<unknown, ApiError>>) => expectShape(await reply, isScheduleView, 'a schedule');
    const shifts = async (reply: Promise<Result<unknown, ApiError>>) => expectShape(await reply, isShiftList, 'shifts');
    return {
        listSchedules: async () => expectShape(await call('GET', ''), isScheduleList, 'schedules'),
        getSchedule: (id) => schedule(call('GET', `/${enc(id)}`)),
        createSchedule: (body) => schedule(call('POST', '', body)),
        updateSchedule: (id, body) => schedule(call('PUT', `/${enc(id)}`, body)),
        previewSchedule: (body, range) => shifts(call('POST', `/preview?${rangeQuery(range)}`, body)),
        getShifts: (id, range) => shifts(call('GET', `/${enc(id)}/shifts?${rangeQuery(range)}`)),
        getOncall: async (id, at) =>
            expectShape(await call('GET', `/${enc(id)}/oncall${at === undefined ? '' : `?at=${enc(at)}`}`), isOncallNow, 'who is on call'),
        takeOver: (id, hours) => schedule(call('POST', `/${enc(id)}/take-over`, {hours})),
        proposeSwap: async (id, proposal) => expectShape(await call('POST', `/${enc(id)}/swaps`, proposal), isSwapAnswer, 'a swap answer'),
    };
}

/**
 * Mattermost profiles by username (POST /api/v4/users/usernames, as Client4.getProfilesByUsernames calls it), with
 * options.baseUrl the Mattermost site: the summary names people, avatars need their ids. Unknown names are left out.
 */
export async function profilesByUsername(options: ClientOptions, usernames: string[]): Reply<ProfileHit[]> {
    return expectShape(await requestJson(options, 'POST', '/api/v4/users/usernames', usernames), isProfileList, 'profiles');
}
