import type {OpenDialogRequest} from '@mattermost/types/integrations';
import type {UnknownAction} from 'redux';

// The host's own UI state (Mattermost keeps the equivalent under state.views).
export type ViewsState = {
    rhs: {isOpen: boolean; pluginId: string | null};
    dialog: OpenDialogRequest | null;
    ephemeralPostIds: Record<string, true>;
};

// The RHS actions a plugin receives from registerRightHandSidebarComponent; `pluginId` is the id that
// call returned, as in Mattermost.
export type RhsAction =
    | {type: 'host/rhsShow'; pluginId: string}
    | {type: 'host/rhsHide'; pluginId: string}
    | {type: 'host/rhsToggle'; pluginId: string};

export type ViewsAction =
    | RhsAction
    | {type: 'host/rhsClose'}
    | {type: 'host/dialogOpened'; dialog: OpenDialogRequest}
    | {type: 'host/dialogClosed'}
    | {type: 'host/ephemeralPostReceived'; postId: string};

const initialState: ViewsState = {rhs: {isOpen: false, pluginId: null}, dialog: null, ephemeralPostIds: {}};

const TYPES = new Set(['host/rhsShow', 'host/rhsHide', 'host/rhsToggle', 'host/rhsClose', 'host/dialogOpened',
    'host/dialogClosed', 'host/ephemeralPostReceived']);
const isOurs = (a: UnknownAction): a is ViewsAction => TYPES.has(a.type);

const closed = {isOpen: false, pluginId: null};

function rhsReducer(rhs: ViewsState['rhs'], action: ViewsAction): ViewsState['rhs'] {
    switch (action.type) {
    case 'host/rhsShow':
        return {isOpen: true, pluginId: action.pluginId};
    case 'host/rhsHide':
        return rhs.pluginId === action.pluginId ? closed : rhs;
    case 'host/rhsToggle':
        return rhs.isOpen && rhs.pluginId === action.pluginId ? closed : {isOpen: true, pluginId: action.pluginId};
    case 'host/rhsClose':
        return closed;
    default:
        return rhs;
    }
}

export function viewsReducer(state: ViewsState = initialState, action: UnknownAction): ViewsState {
    if (!isOurs(action)) {
        return state;
    }
    switch (action.type) {
    case 'host/dialogOpened':
        return {...state, dialog: action.dialog};
    case 'host/dialogClosed':
        return {...state, dialog: null};
    case 'host/ephemeralPostReceived':
        return {...state, ephemeralPostIds: {...state.ephemeralPostIds, [action.postId]: true}};
    default:
        return {...state, rhs: rhsReducer(state.rhs, action)};
    }
}
