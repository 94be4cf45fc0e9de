import fastifyFormbody from '@fastify/formbody';
import Fastify, {type FastifyReply, type FastifyRequest} from 'fastify';

export type Received = {method: string; url: string; headers: Record<string, string | string[] | undefined>; body: unknown; query: unknown};
type Responder = (req: FastifyRequest, reply: FastifyReply) => unknown;

// A tiny stand-in for the companion's integration endpoints: records each call and answers as told.
export async function startStub() {
    const app = Fastify();
    await app.register(fastifyFormbody);
    const received: Received[] = [];
    let respond: Responder = () => ({});
    app.all('/*', async (req, reply) => {
        received.push({method: req.method, url: req.url, headers: req.headers, body: req.body, query: req.query});
        return respond(req, reply);
    });
    await app.listen({port: 0, host: '127.0.0.1'});
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
        url: `http://127.0.0.1:${port}`,
        received,
        app,
        answer: (fn: Responder) => {
            respond = fn;
        },
        close: () => app.close(),
    };
}
