import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {Database} from '../db/database.js';
import {seedSreMembers, isSreMember} from '../db/sre_members.js';
import {seedTemplates} from '../db/seed_templates.js';
import {loadSigningSecret} from '../db/signing_secret.js';
import {sendDeclareSteps, startDeclareStepsWorker} from '../jobs/incident_declare_steps.js';
import {unfinishedDeclarations} from '../db/unfinished_declarations.js';
import {scheduleStatusReminder, scheduleStatusReminders, startStatusReminderWorker} from '../jobs/status_reminder.js';
import {countCalls, type CountedBot} from '../mattermost/bot_call_counter.js';
import type {IncidentBot} from '../mattermost/bot_incident_actions.js';
import {StartupError} from '../startup_error.js';
import {createAccess, type Access, type Actor} from './access.js';
import {runPendingSteps} from './declaration_steps.js';
import {createIncidentService, type IncidentService} from './incident_service.js';
import {cachedBotUserId} from './step_deps.js';
import {loadTemplateSeeds} from './template_seeds.js';
import {createTemplateService, type TemplateService} from './template_service.js';

export type Incidents = {
    incidents: IncidentService;
    templates: TemplateService;
    access: Access;
    isSre: (actor: Actor) => Promise<boolean>;
    signingSecret: string;
    // Mattermost calls made for incidents so far (the bench reads calls per declare from it).
    botCalls: CountedBot;
};

type Deps = {config: Config; db: Database; boss: PgBoss; logger: Logger; bot: IncidentBot; onResolved?: (incidentId: string) => Promise<void>};

// Seeds (templates, SRE members, the signing secret), the incident jobs, and the services over them.
export async function startIncidents({config, db, boss, logger, bot: rawBot, onResolved}: Deps): Promise<Incidents> {
    const seeds = await loadTemplateSeeds();
    if (!seeds.ok) {
        throw new StartupError(seeds.error);
    }
    await seedTemplates(db, seeds.value);
    await seedSreMembers(db, config.sreUsernames);
    const signingSecret = await loadSigningSecret(db);
    const botCalls = countCalls(rawBot);
    const bot = botCalls.bot;
    const access = createAccess({bot});
    const stepDeps = {db, bot, signing: {companionUrl: config.companionUrl, signingSecret}, botUserId: cachedBotUserId(bot), mmUrl: config.mmUrl};
    const scheduleReminder = async (id: string, dueAt: Date) => {
        await scheduleStatusReminder(boss, id, dueAt);
    };
    await startStatusReminderWorker(boss, {db, bot, schedule: (reminders) => scheduleStatusReminders(boss, reminders)});
    await startDeclareStepsWorker(boss, (id) => runPendingSteps(stepDeps, id, true), () => unfinishedDeclarations(db));
    const isSre = async (actor: Actor) => actor.isSystemAdmin || isSreMember(db, actor.username);
    return {
        incidents: createIncidentService({...stepDeps, access, timeZone: config.teamTimeZone,
            jobs: {finishDeclaration: async (id) => {
                await sendDeclareSteps(boss, id);
            }, scheduleReminder},
            onProblem: (message, detail) => logger.warn(detail, message), onResolved}),
        templates: createTemplateService({db, isSre, timeZone: config.teamTimeZone}),
        access, isSre, signingSecret, botCalls,
    };
}
