import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem, SUMMARY_EVENT} from '../../contract/summary.js';
import type {Snapshot, SummaryService} from '../summary_service.js';

const HEARTBEAT_MS = 25_000;

// Open streams, so the app can end them on close instead of waiting for browsers to hang up.
export type StreamRegistry = Set<() => void>;

export const eventRoutes: FastifyPluginCallbackTypebox<{summaries: SummaryService; streams: StreamRegistry}> = (app, {summaries, streams}, done) => {
    app.get('/events', {
        schema: {
            description: `Server-Sent Events: \`${SUMMARY_EVENT}\` with the whole Summary on connect and after every change; \`: ping\` comments keep proxies from timing out.`,
            response: {200: {content: {'text/event-stream': {schema: Type.String()}}}, 401: Problem, 503: Problem},
        },
    }, async (req, reply) => {
        const first = await summaries.get();
        // From here on the stream is ours: Fastify neither serialises nor ends it.
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache, no-transform',
            connection: 'keep-alive',
            // nginx buffers proxied responses unless told otherwise, which would hold events back.
            'x-accel-buffering': 'no',
        });
        const send = (snapshot: Snapshot) => res.write(`event: ${SUMMARY_EVENT}\ndata: ${snapshot.json}\n\n`);
        send(first);
        const unsubscribe = summaries.subscribe(send);
        const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
        const stop = () => {
            clearInterval(heartbeat);
            unsubscribe();
            streams.delete(stop);
            res.end();
        };
        streams.add(stop);
        req.raw.on('close', stop);
    });
    done();
};
