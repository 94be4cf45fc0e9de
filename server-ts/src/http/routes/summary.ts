import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Problem, Summary} from '../../contract/summary.js';
import type {SummaryService} from '../summary_service.js';
import {sessionUser, summaryFor, type HiddenFor} from '../summary_visibility.js';

export const summaryRoutes: FastifyPluginCallbackTypebox<{summaries: SummaryService; hiddenFor: HiddenFor}> = (app, {summaries, hiddenFor}, done) => {
    app.get('/summary', {schema: {response: {200: Summary, 401: Problem, 403: Problem, 503: Problem}}}, async (req, reply) => {
        const view = await summaryFor(await summaries.get(), sessionUser(req), hiddenFor);
        // Serialised once per change for everyone; reusing that string keeps this route at cache speed.
        return reply.type('application/json; charset=utf-8').serializer(() => view.json).send(view.summary);
    });
    done();
};
