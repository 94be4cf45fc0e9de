import Fastify from 'fastify';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Sandbox} from './index';
import {startTestSandbox} from './test_support/harness';

let sandbox: Sandbox;
const companion = Fastify();
let releaseStream: () => void = () => undefined;

beforeAll(async () => {
    companion.all('/sre-toolkit/echo/*', (req) => ({method: req.method, url: req.url, headers: req.headers, body: req.body}));
    companion.get('/sre-toolkit/events', (_req, reply) => {
        reply.hijack();
        reply.raw.writeHead(200, {'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache'});
        reply.raw.write('event: hello\ndata: {}\n\n');
        // The stream stays open until the test has read the first event through the proxy.
        releaseStream = () => reply.raw.end('event: bye\ndata: {}\n\n');
    });
    await companion.listen({port: 0, host: '127.0.0.1'});
    sandbox = await startTestSandbox();
});
afterAll(async () => {
    await sandbox.close();
    await companion.close();
});

describe('/sre-toolkit proxy', () => {
    it('answers 502 in Mattermost error shape while no companion is set', async () => {
        const res = await fetch(`${sandbox.url}/sre-toolkit/api/incidents`);
        expect(res.status).toBe(502);
        expect(await res.json()).toMatchObject({status_code: 502, id: 'sandbox.proxy.no_companion'});
    });

    it('keeps the path, query, cookies, headers and body', async () => {
        const address = companion.server.address();
        sandbox.setCompanionUrl(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
        const res = await fetch(`${sandbox.url}/sre-toolkit/echo/incidents?status=open`, {
            method: 'POST',
            headers: {Cookie: 'MMAUTHTOKEN=abc; MMCSRF=def', 'X-CSRF-Token': 'def', 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json'},
            body: JSON.stringify({title: 'DB down'}),
        });
        const echoed = (await res.json()) as {method: string; url: string; headers: Record<string, string>; body: unknown};
        expect(echoed).toMatchObject({method: 'POST', url: '/sre-toolkit/echo/incidents?status=open', body: {title: 'DB down'}});
        expect(echoed.headers).toMatchObject({cookie: 'MMAUTHTOKEN=abc; MMCSRF=def', 'x-csrf-token': 'def', 'x-requested-with': 'XMLHttpRequest'});
    });

    it('streams server-sent events without buffering', async () => {
        const res = await fetch(`${sandbox.url}/sre-toolkit/events`);
        expect(res.headers.get('content-type')).toBe('text/event-stream');
        const reader = (res.body ?? new ReadableStream()).getReader();
        const first = await reader.read();
        expect(new TextDecoder().decode(first.value)).toContain('event: hello');
        releaseStream();
        let rest = '';
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
            rest += new TextDecoder().decode(chunk.value);
        }
        expect(rest).toContain('event: bye');
    });
});
