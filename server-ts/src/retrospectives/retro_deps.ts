import type {RetrospectiveView} from '../contract/retrospectives.js';
import type {Access} from '../incidents/access.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';
import type {TeamChannelBot} from '../mattermost/team_channel_post.js';
import type {TriageService} from '../triage/triage_service.js';
import type {OpenDeps} from './open_retrospective.js';

export type RetroBot = TeamChannelBot & Pick<IncidentBot, 'getUsersByUsernames'>;
type Log = {warn(obj: object, msg: string): void};

export type RetroDeps = OpenDeps & {
    bot: RetroBot;
    access: Pick<Access, 'canSee' | 'canChange'>;
    // Follow-ups are made by the triage service, so they get numbers, the 'created' event and the thread reply.
    triage: Pick<TriageService, 'create' | 'invalidate'>;
    // Where a published review is shared besides the incident channel (by name): the incident's team, else each of MM_TEAMS.
    teamChannel: string;
    teams: string[];
    log: Log;
    now?: () => Date;
};

// Every refusal the routes turn into a status: 404, 403, 400 naming fields, 409 with the current review, 502.
export type RetroFailure =
    | {code: 'not_found'}
    | {code: 'forbidden'; message: string}
    | {code: 'invalid_fields'; fields: Record<string, string>}
    | {code: 'version_conflict'; retrospective: RetrospectiveView}
    | {code: 'unavailable'; message: string};
