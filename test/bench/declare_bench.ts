import type {Stack} from '../sandbox/stack.ts';
import {spreadOf, type Spread} from './stats.ts';

export type DeclareFigures = {
    latency: Spread;
    failures: number;
    callsPerDeclare: number;
    // Bot calls by method for one declaration from a message, and one from scratch.
    fromMessage: Record<string, number>;
    fromScratch: Record<string, number>;
};

const WARM_UP = 3;

type Target = {api: string; headers: Record<string, string>; teamId: string; templateId: string; sourcePostId: string};

async function target(stack: Stack): Promise<Target> {
    const {token} = await stack.sandbox.login('alice');
    const api = `${stack.url}/sre-toolkit/api/v1`;
    const headers = {'authorization': `Bearer ${token}`, 'content-type': 'application/json'};
    const templates = await (await fetch(`${api}/templates`, {headers})).json() as {id: string; slug: string}[];
    const state = stack.sandbox.state;
    const teamId = state.teamByName('sre')?.id;
    const support = teamId === undefined ? undefined : state.channelByName(teamId, 'cloud-support');
    const dave = state.userByUsername('dave');
    const source = state.postsOfChannel(support?.id ?? '').find((p) => p.user_id === dave?.id && p.root_id === '');
    const templateId = templates.find((t) => t.slug === 'cloud-outage')?.id;
    if (teamId === undefined || templateId === undefined || source === undefined) {
        throw new Error('the sandbox has no sre team, cloud-outage template or seeded cloud-support post');
    }
    return {api, headers, teamId, templateId, sourcePostId: source.id};
}

// Sequential declarations through the sandbox's proxy, as the webapp sends them: every other one from the
// seeded cloud-support message (which adds the author, the quote and the thread reply).
export async function benchDeclare(stack: Stack, count: number): Promise<DeclareFigures> {
    const t = await target(stack);
    const calls = stack.companion.incidents.botCalls;
    const declareOne = async (i: number, isFromMessage: boolean) => {
        const body = {idempotencyKey: `bench-declare-${i}-${Date.now()}`, teamId: t.teamId, templateId: t.templateId,
            title: `Bench ${i}: checkout API returns 503`, severity: 'sev1', ...(isFromMessage ? {sourcePostId: t.sourcePostId} : {})};
        calls.reset();
        const started = performance.now();
        const res = await fetch(`${t.api}/incidents`, {method: 'POST', headers: t.headers, body: JSON.stringify(body)});
        await res.arrayBuffer();
        return {ms: performance.now() - started, isCreated: res.status === 201, calls: calls.calls(), byMethod: calls.byMethod()};
    };
    for (let i = 0; i < WARM_UP; i++) {
        await declareOne(-1 - i, i % 2 === 0);
    }
    const results = [];
    for (let i = 0; i < count; i++) {
        results.push(await declareOne(i, i % 2 === 0));
    }
    return {
        latency: spreadOf(results.map((r) => r.ms)),
        failures: results.filter((r) => !r.isCreated).length,
        callsPerDeclare: results.reduce((a, r) => a + r.calls, 0) / Math.max(1, results.length),
        fromMessage: results[0]?.byMethod ?? {},
        fromScratch: results[1]?.byMethod ?? {},
    };
}
