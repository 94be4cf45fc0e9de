import type {FastifyReply, FastifyRequest} from 'fastify';
import {SUMMARY_EVENT} from '../contract/summary.js';
import type {Snapshot, SummaryService} from './summary_service.js';
import {sessionUser, summaryFor, type HiddenFor} from './summary_visibility.js';

const HEARTBEAT_MS = 25_000;

// Open streams, so the app can end them on close instead of waiting for browsers to hang up.
export type StreamRegistry = Set<() => void>;

// Sends `first`, then every pushed snapshot, until the browser hangs up or the app closes.
export function streamSummaries(req: FastifyRequest, reply: FastifyReply, first: Snapshot,
    {summaries, streams, hiddenFor}: {summaries: SummaryService; streams: StreamRegistry; hiddenFor: HiddenFor}): void {
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
    const user = sessionUser(req);
    // Filtering may ask Mattermost (private incidents): chain the sends so snapshots still arrive in order.
    let sending = Promise.resolve();
    const send = (snapshot: Snapshot) => {
        sending = sending.then(async () => {
            const view = await summaryFor(snapshot, user, hiddenFor);
            if (!res.writableEnded) {
                res.write(`event: ${SUMMARY_EVENT}\ndata: ${view.json}\n\n`);
            }
        }).catch((error: unknown) => req.log.warn({err: error}, 'summary push to one stream failed'));
    };
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
}
