import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {Database} from '../db/database.js';
import type {Actor} from '../incidents/access.js';
import {startRitualAgendaWorker} from '../jobs/ritual_agendas.js';
import type {KpiService} from '../kpis/kpi_service.js';
import type {AgendaBot} from './post_agenda.js';
import {createRitualCalendar} from './ritual_calendar.js';
import {createRitualService, type RitualService} from './ritual_service.js';

type Deps = {config: Config; db: Database; boss: PgBoss; logger: Logger; bot: AgendaBot; isSre: (actor: Actor) => Promise<boolean>; kpis: KpiService};

// The agenda sweep (pg-boss) and the service the API and the feed use. Links in agendas and the feed URL go through
// Mattermost's public address, which proxies /sre-toolkit.
export async function startRituals({config, db, boss, logger, bot, isSre, kpis}: Deps): Promise<RitualService> {
    const agendas = {db, kpis, publicUrl: config.mmUrl, sla: config.sla};
    await startRitualAgendaWorker(boss, {...agendas, bot, teams: config.mmTeams, log: logger.child({part: 'rituals'})});
    return createRitualService({db, isSre, agendas, calendar: createRitualCalendar({db, publicUrl: config.mmUrl})});
}
