import type {GlobalState} from '@mattermost/types/store';
import type {UnknownAction} from 'redux';

import type {IncidentView, IncidentWithTimeline} from '../../../server-ts/src/contract/incidents';

import {SLICE_KEY} from './summary_slice';

/** What the modal starts with: empty from a button, the message's text when declared from a post. */
export type DeclarePrefill = {title: string; summary: string; sourcePostId?: string};

export type IncidentUiState = {
    // null while the Declare modal is closed.
    declare: DeclarePrefill | null;
    // The incident of each channel seen so far (null: the channel is not an incident channel).
    byChannel: Record<string, IncidentWithTimeline | null>;
    // The last incident this browser declared, until its channel is ready.
    lastDeclared: IncidentView | null;
};

export const initialIncidentUiState: IncidentUiState = {declare: null, byChannel: {}, lastDeclared: null};

export type IncidentUiAction =
    | {type: 'sre/declareOpened'; prefill: DeclarePrefill}
    | {type: 'sre/declareClosed'}
    | {type: 'sre/incidentDeclared'; incident: IncidentView}
    | {type: 'sre/channelIncidentLoaded'; channelId: string; incident: IncidentWithTimeline | null}
    | {type: 'sre/incidentChanged'; incident: IncidentView};

export const declareOpened = (prefill: DeclarePrefill): IncidentUiAction => ({type: 'sre/declareOpened', prefill});
export const declareClosed = (): IncidentUiAction => ({type: 'sre/declareClosed'});
export const incidentDeclared = (incident: IncidentView): IncidentUiAction => ({type: 'sre/incidentDeclared', incident});
export const channelIncidentLoaded = (channelId: string, incident: IncidentWithTimeline | null): IncidentUiAction =>
    ({type: 'sre/channelIncidentLoaded', channelId, incident});
export const incidentChanged = (incident: IncidentView): IncidentUiAction => ({type: 'sre/incidentChanged', incident});

const OUR_TYPES: ReadonlySet<string> = new Set<IncidentUiAction['type']>([
    'sre/declareOpened', 'sre/declareClosed', 'sre/incidentDeclared', 'sre/channelIncidentLoaded', 'sre/incidentChanged',
]);
const isOurs = (a: UnknownAction): a is IncidentUiAction & UnknownAction => OUR_TYPES.has(a.type);

// A changed incident keeps the timeline it had; the next fetch (after the summary event) brings the new events.
function withIncident(state: IncidentUiState, incident: IncidentView): IncidentUiState {
    const lastDeclared = state.lastDeclared?.id === incident.id ? incident : state.lastDeclared;
    if (!incident.channelId) {
        return {...state, lastDeclared};
    }
    const timeline = state.byChannel[incident.channelId]?.timeline ?? [];
    return {...state, lastDeclared, byChannel: {...state.byChannel, [incident.channelId]: {incident, timeline}}};
}

export function incidentUiReducer(state: IncidentUiState = initialIncidentUiState, action: UnknownAction): IncidentUiState {
    if (!isOurs(action)) {
        return state;
    }
    switch (action.type) {
    case 'sre/declareOpened':
        return {...state, declare: action.prefill};
    case 'sre/declareClosed':
        return {...state, declare: null};
    case 'sre/incidentDeclared':
        return withIncident({...state, lastDeclared: action.incident}, action.incident);
    case 'sre/channelIncidentLoaded': {
        const loaded = action.incident?.incident;
        const lastDeclared = loaded && state.lastDeclared?.id === loaded.id ? loaded : state.lastDeclared;
        return {...state, lastDeclared, byChannel: {...state.byChannel, [action.channelId]: action.incident}};
    }
    case 'sre/incidentChanged':
        return withIncident(state, action.incident);
    }
}

const slice = (s: GlobalState): IncidentUiState =>
    (s as unknown as Record<string, {incidents?: IncidentUiState} | undefined>)[SLICE_KEY]?.incidents ?? initialIncidentUiState;

export const getDeclarePrefill = (s: GlobalState) => slice(s).declare;
export const getLastDeclared = (s: GlobalState) => slice(s).lastDeclared;
/** undefined: not fetched yet; null: not an incident channel. */
export const getChannelIncident = (s: GlobalState, channelId: string): IncidentWithTimeline | null | undefined =>
    slice(s).byChannel[channelId];
