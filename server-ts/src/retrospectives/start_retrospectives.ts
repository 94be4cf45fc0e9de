import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {Database} from '../db/database.js';
import {scheduleRetroReminder, startRetroReminderWorker} from '../jobs/retro_reminder.js';
import {retrospectiveOpener, type OpenDeps} from './open_retrospective.js';
import type {RetroDeps} from './retro_deps.js';
import {createRetroService, type RetroService} from './retro_service.js';

type Deps = {config: Config; db: Database; boss: PgBoss; logger: Logger};
type Later = Pick<RetroDeps, 'bot' | 'access' | 'triage'>;

// In two steps: the resolve hook is needed before the incidents start, the service needs their access rules and
// the triage service after (both are done before the HTTP app serves a resolve).
export function startRetrospectives({config, db, boss, logger}: Deps): {
    onResolved: (incidentId: string) => Promise<void>; start: (later: Later) => Promise<RetroService>;
} {
    const open: OpenDeps = {db, timeZone: config.teamTimeZone, businessDays: config.retroReminderBusinessDays,
        scheduleReminder: async (incidentId, dueAt) => {
            await scheduleRetroReminder(boss, incidentId, dueAt);
        }};
    return {
        onResolved: retrospectiveOpener(open),
        start: async (later) => {
            await startRetroReminderWorker(boss, {db, bot: later.bot, businessDays: config.retroReminderBusinessDays, log: logger});
            return createRetroService({...open, ...later, teamChannel: 'cloud-sre-team', teams: config.mmTeams, log: logger});
        },
    };
}
