import {combineReducers} from 'redux';

import {incidentUiReducer} from './incident_ui_slice';
import {summaryReducer} from './summary_slice';
import {triageReducer} from './triage_slice';

/** The one reducer the plugin registers, mounted by the host at state['plugins-<id>']. */
export const pluginReducer = combineReducers({summary: summaryReducer, incidents: incidentUiReducer, triage: triageReducer});
