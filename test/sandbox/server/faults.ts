import type {FastifyInstance} from 'fastify';
import {AppError} from './errors';

// Test-only failure injection: "the next N calls to METHOD path fail with STATUS". It lets the fault suites
// break Mattermost part-way through a multi-call job (e.g. after the channel exists, before the first post)
// without reaching into the companion.
export type Fault = {method: string; path: RegExp; remaining: number; status: number};

export class Faults {
    private readonly armed: Fault[] = [];

    failNext(method: string, path: RegExp, {times = 1, status = 500}: {times?: number; status?: number} = {}): void {
        this.armed.push({method: method.toUpperCase(), path, remaining: times, status});
    }

    clear(): void {
        this.armed.length = 0;
    }

    take(method: string, path: string): Fault | undefined {
        const fault = this.armed.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
        if (fault) {
            fault.remaining -= 1;
        }
        return fault;
    }
}

export function installFaults(app: FastifyInstance, faults: Faults): void {
    app.addHook('onRequest', (req, _reply, done) => {
        const fault = faults.take(req.method, req.url.split('?')[0] ?? req.url);
        done(fault ? new AppError(fault.status, 'sandbox.fault_injected.app_error', `Injected failure for ${req.method} ${req.url}`) : undefined);
    });
}
