import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import type {Registry} from 'prom-client';

export type ReadinessCheck = {name: string; ok: boolean; detail: string};

const Check = Type.Object({name: Type.String(), ok: Type.Boolean(), detail: Type.String()});
const Readiness = Type.Object({status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]), checks: Type.Array(Check)});

type Options = {readiness: () => Promise<ReadinessCheck[]>; registry: Registry};

export const healthRoutes: FastifyPluginCallbackTypebox<Options> = (app, {readiness, registry}, done) => {
    app.get('/healthz', {schema: {response: {200: Type.Object({status: Type.Literal('ok')})}}}, (_req, reply) => {
        void reply.send({status: 'ok'});
    });

    app.get('/readyz', {schema: {response: {200: Readiness, 503: Readiness}}}, async (_req, reply) => {
        const checks = await readiness();
        const ready = checks.every((c) => c.ok);
        return reply.code(ready ? 200 : 503).send({status: ready ? 'ready' : 'not_ready', checks});
    });

    app.get('/metrics', {schema: {response: {200: {content: {'text/plain': {schema: Type.String()}}}}}}, async (_req, reply) =>
        reply.type(registry.contentType).send(await registry.metrics()));
    done();
};
