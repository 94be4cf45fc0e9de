import type {Database} from '../db/database.js';
import type {Position} from '../domain/paging_state.js';
import type {Actor} from '../incidents/access.js';
import type {ButtonSigning} from '../mattermost/checklist_post.js';
import type {PagingBot} from '../mattermost/page_bot.js';

export type {Actor} from '../incidents/access.js';

// Who is on call in a schedule at an instant (Mattermost usernames); null when there is no such schedule.
export type OncallUsers = (scheduleId: string, at: Date) => Promise<string[] | null>;

// The escalation timer (pg-boss in the companion, a recorder in tests): one per (page, position), idempotent.
export type PagingJobs = {scheduleTimer(pageId: string, at: Position, dueAt: Date): Promise<void>};

export type PagingDeps = {
    db: Database;
    bot: PagingBot;
    oncallUsers: OncallUsers;
    isSre: (actor: Actor) => Promise<boolean>;
    // Pages of a private incident are as private as the incident (its channel's members only).
    canSeeIncident: (incidentId: string, actor: Actor) => Promise<boolean>;
    signing: ButtonSigning;
    jobs: PagingJobs;
    // Paging a schedule or a person directly: wait this long for an acknowledgement, then repeat this many more times.
    defaults: {ackMinutes: number; repeat: number};
    // The loud alert when a page runs out of steps: this channel (by name) in the incident's team, or else in each
    // of the bot's teams (only `teams` when that list is not empty, like the digest).
    alert: {channel: string; teams: string[]};
    now?: () => Date;
    onProblem?: (message: string, detail: object) => void;
};

export type FieldErrors = Record<string, string>;
export const UNREACHABLE = 'Mattermost did not answer: try again in a moment';
export const nowOf = (deps: Pick<PagingDeps, 'now'>): Date => deps.now?.() ?? new Date();
