import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {KpiProblem, KpiQuery, Kpis} from '../../contract/kpis.js';
import type {KpiService} from '../../kpis/kpi_service.js';

// Figures over a range for the sidebar and the SRE review page (issue 8); anyone signed in may read them.
export const kpiRoutes: FastifyPluginCallbackTypebox<{kpis: KpiService}> = (app, {kpis}, done) => {
    app.get('/kpis', {schema: {querystring: KpiQuery, response: {200: Kpis, 400: KpiProblem}}}, async (req, reply) => {
        const report = await kpis.report(req.query);
        return report.ok ? reply.code(200).send(report.value) : reply.code(400).send(report.error);
    });
    done();
};
