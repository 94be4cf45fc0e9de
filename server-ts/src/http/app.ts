import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import {TypeBoxValidatorCompiler, type TypeBoxTypeProvider} from '@fastify/type-provider-typebox';
import Fastify, {type FastifyBaseLogger, type FastifyInstance} from 'fastify';
import type {Actor} from '../incidents/access.js';
import type {IncidentService} from '../incidents/incident_service.js';
import type {TemplateService} from '../incidents/template_service.js';
import type {KpiService} from '../kpis/kpi_service.js';
import type {CalendarFeeds} from '../oncall/calendar_feeds.js';
import type {PageService} from '../paging/page_service.js';
import type {RetroService} from '../retrospectives/retro_service.js';
import type {RitualService} from '../rituals/ritual_service.js';
import type {RunbookService} from '../runbooks/runbook_service.js';
import type {ScheduleService} from '../oncall/schedule_service.js';
import type {SwapService} from '../oncall/schedule_swaps.js';
import type {TriageService} from '../triage/triage_service.js';
import type {InteractionDeps} from '../mattermost/interaction_ports.js';
import {interactionRoutes} from '../mattermost/interaction_routes.js';
import {authPlugin} from './auth.js';
import {installErrorHandlers} from './errors.js';
import {createMetrics, type MetricsSources} from './metrics.js';
import {calendarFeedRoutes, calendarLinkRoutes} from './routes/calendar.js';
import {eventRoutes} from './routes/events.js';
import {gamedayRoutes} from './routes/gamedays.js';
import {healthRoutes, type ReadinessCheck} from './routes/health.js';
import {incidentRoutes} from './routes/incidents.js';
import {kpiRoutes} from './routes/kpis.js';
import {meRoutes} from './routes/me.js';
import {pageRoutes} from './routes/pages.js';
import {retrospectiveRoutes} from './routes/retrospectives.js';
import {ritualFeedRoutes, ritualRoutes} from './routes/rituals.js';
import {runbookRoutes} from './routes/runbooks.js';
import {summaryRoutes} from './routes/summary.js';
import {templateRoutes} from './routes/templates.js';
import {scheduleRoutes} from './routes/schedules.js';
import {triageRoutes} from './routes/triage.js';
import type {StreamRegistry} from './summary_event_stream.js';
import type {SummaryService} from './summary_service.js';
import type {HiddenFor} from './summary_visibility.js';
import type {WhoAmI} from './who_am_i.js';

export const PREFIX = '/sre-toolkit';

export type AppDeps = {
    summaries: SummaryService;
    // Already cached: buildApp does not wrap it, so tests can count the calls that reach "Mattermost".
    whoAmI: WhoAmI;
    readiness: () => Promise<ReadinessCheck[]>;
    metrics: MetricsSources;
    // Slash commands, dialogs and buttons (Mattermost calls them; verified by token or signature, not the session).
    interactions: InteractionDeps;
    incidents: IncidentService;
    templates: TemplateService;
    triage: TriageService;
    schedules: ScheduleService;
    swaps: SwapService;
    // iCal feeds: served without a session (the token in the URL is the secret), their links with one.
    calendars: CalendarFeeds;
    // Pages and escalation policies; harnesses that do not page leave it out (its routes are then absent).
    pages: PageService;
    // Figures over a range (issue 8); harnesses that do not read them leave it out (its route is then absent).
    kpis: KpiService;
    // The runbook library (issue 8).
    runbooks: RunbookService;
    // Incident reviews: retrospectives and their follow-ups (issue 8).
    retrospectives: RetroService;
    // The team's rituals and their iCal feed (the feed, like the on-call ones, without a session).
    rituals: RitualService;
    isSre: (actor: Actor) => Promise<boolean>;
    hiddenFor: HiddenFor;
    logger?: FastifyBaseLogger;
};

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
    const app = Fastify({
        ...(deps.logger ? {loggerInstance: deps.logger} : {logger: false}),
        // Idle keep-alive sockets must not hold up a graceful shutdown.
        forceCloseConnections: 'idle',
    }).withTypeProvider<TypeBoxTypeProvider>();
    app.setValidatorCompiler(TypeBoxValidatorCompiler);
    installErrorHandlers(app);
    const metrics = createMetrics(deps.metrics);
    metrics.observe(app);
    const streams: StreamRegistry = new Set();
    // SSE streams never end by themselves: close them first, or app.close() would wait forever.
    app.addHook('preClose', (done) => {
        [...streams].forEach((stop) => stop());
        done();
    });
    await app.register(cookie);
    await app.register(formbody);
    await app.register(swagger, {openapi: {
        openapi: '3.1.0',
        info: {title: 'SRE Toolkit companion', version: '1'},
        components: {securitySchemes: {
            mattermostCookie: {type: 'apiKey', in: 'cookie', name: 'MMAUTHTOKEN'},
            bearer: {type: 'http', scheme: 'bearer'},
        }},
    }});
    await app.register(async (root) => {
        await root.register(healthRoutes, {readiness: deps.readiness, registry: metrics.registry});
        await root.register(interactionRoutes, {prefix: '/mattermost', interactions: deps.interactions});
        await root.register(calendarFeedRoutes, {calendars: deps.calendars});
        await root.register(ritualFeedRoutes, {rituals: deps.rituals});
        root.get('/api/v1/openapi.json', {schema: {hide: true}}, (_req, reply) => reply.send(app.swagger()));
        await root.register(browserApi(deps, streams), {prefix: '/api/v1'});
    }, {prefix: PREFIX});
    return app;
}

// What the webapp calls with the user's Mattermost session (cookie + CSRF, or a bearer token).
const browserApi = (deps: AppDeps, streams: StreamRegistry) => async (api: FastifyInstance) => {
    api.addHook('onRoute', (route) => {
        route.schema = {...route.schema, security: [{mattermostCookie: []}, {bearer: []}]};
    });
    await api.register(authPlugin, {whoAmI: deps.whoAmI});
    await api.register(summaryRoutes, {summaries: deps.summaries, hiddenFor: deps.hiddenFor});
    await api.register(eventRoutes, {summaries: deps.summaries, streams, hiddenFor: deps.hiddenFor});
    await api.register(meRoutes, {isSre: deps.isSre});
    await api.register(templateRoutes, {templates: deps.templates});
    await api.register(incidentRoutes, {incidents: deps.incidents});
    await api.register(gamedayRoutes, {incidents: deps.incidents});
    await api.register(triageRoutes, {triage: deps.triage});
    await api.register(scheduleRoutes, {schedules: deps.schedules, swaps: deps.swaps});
    await api.register(calendarLinkRoutes, {calendars: deps.calendars});
    await api.register(pageRoutes, {pages: deps.pages});
    await api.register(kpiRoutes, {kpis: deps.kpis});
    await api.register(retrospectiveRoutes, {retrospectives: deps.retrospectives});
    await api.register(runbookRoutes, {runbooks: deps.runbooks});
    await api.register(ritualRoutes, {rituals: deps.rituals});
};
