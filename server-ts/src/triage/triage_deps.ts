import type {Database} from '../db/database.js';
import type {SlaThresholds} from '../domain/triage_sla.js';
import type {Actor} from '../incidents/access.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';
import type {ButtonSigning} from '../mattermost/checklist_post.js';

export type TriageBot = Pick<IncidentBot, 'getPost' | 'getUsersByIds' | 'createPost'>;

export type TriageDeps = {
    db: Database;
    bot: TriageBot;
    isSre: (actor: Actor) => Promise<boolean>;
    // Site URL for permalinks to the message a request was sent from.
    mmUrl: string;
    sla: SlaThresholds;
    // Without it the thread reply carries no Accept/Decline buttons (they must be signed).
    signing?: ButtonSigning;
    now?: () => Date;
    onProblem?: (message: string, detail: object) => void;
};

export type FieldErrors = Record<string, string>;
export const UNREACHABLE = 'Mattermost did not answer: try again in a moment';
