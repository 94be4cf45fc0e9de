import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {KpiDetails, KpiProblem, KpiQuery, Kpis, WeeklyKpiQuery, WeeklyKpis} from '../../contract/kpis.js';
import {weeklyCsv, weeklyCsvFilename} from '../../domain/kpi_csv.js';
import type {KpiService} from '../../kpis/kpi_service.js';
import {sessionUser} from '../summary_visibility.js';

// Figures over a range for the sidebar and the SRE review page (issue 8); anyone signed in may read them.
export const kpiRoutes: FastifyPluginCallbackTypebox<{kpis: KpiService}> = (app, {kpis}, done) => {
    app.get('/kpis', {schema: {querystring: KpiQuery, response: {200: Kpis, 400: KpiProblem}}}, async (req, reply) => {
        const report = await kpis.report(req.query);
        return report.ok ? reply.code(200).send(report.value) : reply.code(400).send(report.error);
    });
    app.get('/kpis/weekly', {schema: {querystring: WeeklyKpiQuery, response: {200: WeeklyKpis, 400: KpiProblem}}}, async (req, reply) => {
        const weekly = await kpis.weekly(req.query);
        return weekly.ok ? reply.code(200).send(weekly.value) : reply.code(400).send(weekly.error);
    });
    // For spreadsheets: the same weeks, one row each.
    app.get('/kpis/weekly.csv', {schema: {querystring: WeeklyKpiQuery, response: {200: {content: {'text/csv': {schema: Type.String()}}}, 400: KpiProblem}}}, async (req, reply) => {
        const weekly = await kpis.weekly(req.query);
        if (!weekly.ok) {
            return reply.code(400).send(weekly.error);
        }
        return reply.code(200).type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${weeklyCsvFilename(weekly.value)}"`).send(weeklyCsv(weekly.value));
    });
    app.get('/kpis/details', {schema: {querystring: KpiQuery, response: {200: KpiDetails, 400: KpiProblem}}}, async (req, reply) => {
        const details = await kpis.details(req.query, sessionUser(req));
        return details.ok ? reply.code(200).send(details.value) : reply.code(400).send(details.error);
    });
    done();
};
