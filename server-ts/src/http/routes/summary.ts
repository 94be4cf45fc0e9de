import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Problem, Summary} from '../../contract/summary.js';
import type {SummaryService} from '../summary_service.js';

export const summaryRoutes: FastifyPluginCallbackTypebox<{summaries: SummaryService}> = (app, {summaries}, done) => {
    app.get('/summary', {schema: {response: {200: Summary, 401: Problem, 403: Problem, 503: Problem}}}, async (_req, reply) => {
        const snapshot = await summaries.get();
        // Serialised once per change for everyone; reusing that string keeps this route at cache speed.
        return reply.type('application/json; charset=utf-8').serializer(() => snapshot.json).send(snapshot.summary);
    });
    done();
};
