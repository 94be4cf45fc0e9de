import type PgBoss from 'pg-boss';
import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {Database} from '../db/database.js';
import {startHandoffWorker, type HandoffBot} from '../jobs/oncall_handoffs.js';
import {swapMessenger} from '../mattermost/swap_buttons.js';
import type {PagingBot} from '../mattermost/page_bot.js';
import {createCalendarFeeds, type CalendarFeeds} from './calendar_feeds.js';
import type {ScheduleCatalog} from './schedule_catalog.js';
import {createScheduleService, type ScheduleDeps, type ScheduleService} from './schedule_service.js';
import {createSwapService, type SwapService} from './schedule_swaps.js';

type Oncall = {schedules: ScheduleService; calendars: CalendarFeeds; swaps: SwapService};
type Deps = Pick<ScheduleDeps, 'isSre' | 'knownUsernames'> & {
    config: Config; db: Database; boss: PgBoss; logger: Logger; catalog: ScheduleCatalog; signingSecret: string;
    bot: HandoffBot & Pick<PagingBot, 'openDirectChannel'>;
};

// Schedules, their calendar feeds and swaps, and the hand-off announcements (a pg-boss sweep).
export async function startOncall({config, db, boss, logger, catalog, isSre, knownUsernames, signingSecret, bot}: Deps): Promise<Oncall> {
    const schedules = createScheduleService({db, catalog, isSre, knownUsernames});
    // Calendar apps fetch feeds from the internet: through Mattermost's public address, which proxies /sre-toolkit.
    const calendars = createCalendarFeeds({db, catalog, isSre, publicUrl: config.mmUrl, timeZone: config.teamTimeZone});
    const swaps = createSwapService({schedules, knownUsernames, messenger: swapMessenger(bot, {companionUrl: config.companionUrl, signingSecret})});
    await startHandoffWorker(boss, {db, catalog, teams: config.mmTeams, channel: config.handoffChannel, log: logger.child({part: 'handoffs'}), bot});
    return {schedules, calendars, swaps};
}
