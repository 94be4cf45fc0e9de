import type {OnCallNow} from '../contract/summary.js';
import type {Result} from '../domain/result.js';
import type {RunbookHit} from '../domain/runbook_text.js';
import type {Actor, IncidentService} from '../incidents/incident_service.js';
import type {TemplateService} from '../incidents/template_service.js';
import type {SwapService} from '../oncall/schedule_swaps.js';
import type {PageService} from '../paging/page_service.js';
import type {TriageService} from '../triage/triage_service.js';
import type {MattermostFailure} from './bot_client.js';

export type {Actor, FieldErrors} from '../incidents/incident_service.js';

// The slices of the application layer that slash commands, dialogs and buttons call.
export type IncidentActions = Pick<IncidentService, 'declare' | 'getByChannel' | 'changeStatus' | 'changeSeverity' | 'assignRole'
    | 'postUpdate' | 'resolve' | 'reopen' | 'tickChecklist' | 'startGameday' | 'recordDetection'>;
export type TemplateCatalog = Pick<TemplateService, 'list'>;
export type TriageActions = Pick<TriageService, 'create' | 'get' | 'queue' | 'decide'>;
export type PageActions = Pick<PageService, 'create' | 'acknowledge' | 'escalate' | 'scheduleNames'>;

export type MattermostUser = {id: string; username: string; roles: string};
export type DialogElement = {
    display_name: string; name: string; type: 'text' | 'textarea' | 'select' | 'radio' | 'bool';
    subtype?: string; default?: string; placeholder?: string; help_text?: string; optional?: boolean;
    min_length?: number; max_length?: number; data_source?: 'users' | 'channels'; options?: {text: string; value: string}[];
};
export type Dialog = {callback_id: string; title: string; introduction_text?: string; elements: DialogElement[]; submit_label: string; state: string};
export type OpenDialogRequest = {trigger_id: string; url: string; dialog: Dialog};

// What the interactions need from Mattermost as the bot (CONTRACTS.md b; users by id and by name).
export type InteractionBot = {
    getUser(userId: string): Promise<Result<MattermostUser, MattermostFailure>>;
    // null when no such user: a typo in `/sre role commander @bbo` is the user's mistake, not an outage.
    getUserByUsername(username: string): Promise<Result<MattermostUser | null, MattermostFailure>>;
    openDialog(request: OpenDialogRequest): Promise<Result<true, MattermostFailure>>;
};

export type InteractionDeps = {
    incidents: IncidentActions;
    templates: TemplateCatalog;
    triage: TriageActions;
    // `/sre page` and the Acknowledge / Escalate now buttons.
    pages: PageActions;
    // Who is on call in each schedule (the summary's on-call part), for `/sre oncall`.
    oncallNow: () => Promise<OnCallNow[]>;
    // `/sre runbook <words>`: live runbooks matching every word, best first, each with its link.
    searchRunbooks: (words: string) => Promise<RunbookHit[]>;
    // Accept / Decline of an on-call swap, in the DM of the teammate asked.
    swaps: Pick<SwapService, 'answer'>;
    // Only SREs may open the triage dialog or decide with the Accept/Decline buttons.
    isSre: (actor: Actor) => Promise<boolean>;
    bot: InteractionBot;
    // Where Mattermost reaches us (COMPANION_URL): dialog and button URLs are built from it.
    companionUrl: string;
    // HMAC key for dialog state and button context (the `secrets` table's SIGNING_SECRET).
    signingSecret: string;
    isKnownCommandToken: (token: string) => Promise<boolean>;
    now?: () => Date;
};

export const actorOf = (user: MattermostUser): Actor =>
    ({id: user.id, username: user.username, isSystemAdmin: user.roles.split(/\s+/).includes('system_admin')});
