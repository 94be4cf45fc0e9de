import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem, SUMMARY_EVENT} from '../../contract/summary.js';
import {streamSummaries, type StreamRegistry} from '../summary_event_stream.js';
import type {SummaryService} from '../summary_service.js';
import type {HiddenFor} from '../summary_visibility.js';

export const eventRoutes: FastifyPluginCallbackTypebox<{summaries: SummaryService; streams: StreamRegistry; hiddenFor: HiddenFor}> = (app, deps, done) => {
    app.get('/events', {
        schema: {
            description: `Server-Sent Events: \`${SUMMARY_EVENT}\` with the whole Summary on connect and after every change; \`: ping\` comments keep proxies from timing out.`,
            response: {200: {content: {'text/event-stream': {schema: Type.String()}}}, 401: Problem, 503: Problem},
        },
    }, async (req, reply) => {
        // Read before hijacking, so a failing read still gets the error handler's reply instead of a broken stream.
        const first = await deps.summaries.get();
        streamSummaries(req, reply, first, deps);
    });
    done();
};
