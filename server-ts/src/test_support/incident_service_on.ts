import type {Database} from '../db/database.js';
import {createAccess} from '../incidents/access.js';
import {createIncidentService, type IncidentService} from '../incidents/incident_service.js';
import type {ServiceDeps} from '../incidents/service_deps.js';
import {cachedBotUserId} from '../incidents/step_deps.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';

// The real incident service with Mattermost behind `bot` (a fake), as service and route tests build it: UTC, buttons
// signed for a test companion, no job run. `options` sets the clock, a resolution hook, a shared access, a site URL.
export function incidentServiceOn(db: Database, bot: IncidentBot, options: Partial<ServiceDeps> = {}): IncidentService {
    return createIncidentService({db, bot, signing: {companionUrl: 'http://companion.test', signingSecret: 's'}, botUserId: cachedBotUserId(bot),
        mmUrl: 'http://mm.test', access: createAccess({bot}), timeZone: 'UTC',
        jobs: {finishDeclaration: () => Promise.resolve(), scheduleReminder: () => Promise.resolve()}, ...options});
}
