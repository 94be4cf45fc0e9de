import autocannon from 'autocannon';

export type LoadFigures = {requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number};

// One bounded autocannon run: `connections` clients, each sending as soon as its last answer arrived.
export async function measure(url: string, {seconds, connections, headers}: {
    seconds: number; connections: number; headers?: Record<string, string>;
}): Promise<LoadFigures> {
    // A worker thread sends the load, so the client's own work does not queue behind the servers' in this thread.
    const result = await autocannon({url, duration: seconds, connections, headers, workers: 1});
    return {
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
    };
}
