import type {Logger} from 'pino';
import type {CompanionOptions} from './companion.js';
import type {Parts} from './companion_parts.js';
import type {Config} from './config.js';
import type {DbConnection} from './db/connection.js';
import {isKnownCommandToken} from './db/slash_command_tokens.js';
import type {AppDeps} from './http/app.js';
import {cachedWhoAmI} from './http/auth_cache.js';
import {mattermostWhoAmI} from './http/who_am_i.js';
import {loadJobCounts} from './jobs/job_counts.js';
import {createInteractionBot} from './mattermost/interaction_bot.js';
import {readinessChecks} from './readiness.js';
import {runbookSearchVia} from './runbooks/runbook_hits.js';

type Deps = {config: Config; options: CompanionOptions; logger: Logger; connection: DbConnection; parts: Parts};

// What the HTTP app serves, from the started parts.
export function appDepsFor({config, options, logger, connection, parts}: Deps): AppDeps {
    const {incidents, triage} = parts;
    return {
        summaries: parts.summaries, logger, triage, schedules: parts.schedules, swaps: parts.swaps, calendars: parts.calendars, pages: parts.pages, kpis: parts.kpis, runbooks: parts.runbooks, retrospectives: parts.retrospectives,
        rituals: parts.rituals,
        incidents: incidents.incidents, templates: incidents.templates, isSre: incidents.isSre, hiddenFor: incidents.access.hiddenFor,
        interactions: {incidents: incidents.incidents, templates: incidents.templates, triage, pages: parts.pages, swaps: parts.swaps,
            oncallNow: async () => (await parts.summaries.get()).summary.oncall, searchRunbooks: runbookSearchVia(parts.runbooks, config.mmUrl), isSre: incidents.isSre, companionUrl: config.companionUrl,
            signingSecret: incidents.signingSecret, bot: options.interactionBot ?? createInteractionBot(config.mmUrl, config.mmBotToken),
            isKnownCommandToken: (token) => isKnownCommandToken(connection.db, token)},
        whoAmI: options.whoAmI ?? cachedWhoAmI(mattermostWhoAmI(config.mmUrl), {seconds: config.authCacheSeconds}),
        readiness: readinessChecks({connection, mmUrl: config.mmUrl, isBossRunning: parts.isBossRunning, isBotConnected: parts.isBotConnected}),
        metrics: {jobCounts: () => loadJobCounts(connection), poolStats: () => connection.poolStats()},
    };
}
