// Where Mattermost calls the companion back; registered commands, dialogs and buttons carry these URLs.
export const MATTERMOST_PREFIX = '/mattermost';
const BASE = `/sre-toolkit${MATTERMOST_PREFIX}`;
export const COMMAND_PATH = `${BASE}/command`;
export const DIALOG_PATH = `${BASE}/dialog`;
export const ACTION_PATH = `${BASE}/action`;
