import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {RunbookBody, RunbookView} from '../contract/runbooks.js';
import type {Summary} from '../contract/summary.js';
import {loadSummaryRows} from '../db/load_summary_rows.js';
import {runbooks as runbookTable} from '../db/schema.js';
import {assembleSummary} from '../domain/summary.js';
import {createRunbookService} from '../runbooks/runbook_service.js';
import {databaseTargets, type DatabaseTarget} from '../test_support/databases.js';
import {fakeAppDeps} from '../test_support/fake_app_deps.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {buildApp} from './app.js';
import {signInByName} from '../test_support/sign_in_by_name.js';

const targets = await databaseTargets();
const whoAmI = signInByName(['alice', 'dave']);
const API = '/sre-toolkit/api/v1';
const KNOWN = new Set(['alice', 'bob', 'dave']);
const FAILOVER: RunbookBody = {title: 'Postgres failover', service: 'postgres', tier: 'cloud', body: '1. Promote the replica\n2. Restart search', owner: '@Bob'};
const SEARCH: RunbookBody = {title: 'Search latency high', service: 'elasticsearch', tier: 'community', url: 'https://handbook.example/search'};

describe.each(targets.map((t): [string, DatabaseTarget] => [t.name, t]))('runbook routes on %s', (_name, target) => {
    const conn = useTestDatabase(target);
    let app: Awaited<ReturnType<typeof buildApp>>;
    let now = new Date('2026-03-30T11:00:00Z');
    let mattermostUp = true;
    const as = (user: string) => ({authorization: `Bearer ${user}`});
    const send = (method: 'POST' | 'PUT', url: string, user: string, payload?: object) =>
        app.inject({method, url: `${API}${url}`, headers: as(user), ...(payload ? {payload} : {})});
    const get = (url: string) => app.inject({url: `${API}${url}`, headers: as('dave')});
    const create = async (body: RunbookBody) => (await send('POST', '/runbooks', 'alice', body)).json<RunbookView>();
    const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

    beforeAll(async () => {
        const isSre = (actor: {username: string}) => Promise.resolve(actor.username === 'alice');
        const runbooks = createRunbookService({db: conn().db, isSre, now: () => now,
            knownUsernames: (names) => Promise.resolve(mattermostUp ? new Set(names.filter((n) => KNOWN.has(n))) : null)});
        app = await buildApp(fakeAppDeps({whoAmI, isSre, runbooks}));
    }, 60_000);
    beforeEach(async () => {
        now = new Date('2026-03-30T11:00:00Z');
        mattermostUp = true;
        await conn().db.delete(runbookTable);
    });
    afterAll(() => app.close());

    it('creates a Markdown and a link runbook, reads them back, and searches with title matches first', async () => {
        const created = await send('POST', '/runbooks', 'alice', FAILOVER);
        expect(created.statusCode).toBe(201);
        const failover = created.json<RunbookView>();
        expect(failover).toEqual({id: expect.any(String) as unknown, title: 'Postgres failover', service: 'postgres', tier: 'cloud',
            body: '1. Promote the replica\n2. Restart search', url: null, owner: 'bob', lastReviewedAt: null, isStale: false, isArchived: false,
            createdAt: expect.any(String) as unknown, updatedAt: expect.any(String) as unknown});
        const search = await create(SEARCH);
        expect(search).toMatchObject({body: '', url: 'https://handbook.example/search', owner: null});
        expect((await get(`/runbooks/${failover.id}`)).json()).toEqual(failover);
        expect((await get('/runbooks')).json<RunbookView[]>().map((r) => r.title)).toEqual(['Postgres failover', 'Search latency high']);
        expect((await get('/runbooks?q=search')).json<RunbookView[]>().map((r) => r.title)).toEqual(['Search latency high', 'Postgres failover']);
        expect((await get('/runbooks?q=restart%20replica')).json<RunbookView[]>().map((r) => r.title)).toEqual(['Postgres failover']);
        expect((await get('/runbooks?q=kubernetes')).json()).toEqual([]);
    });

    it.each<[string, object, string[]]>([
        ['no title and an unknown tier', {title: ' ', tier: 'gold', body: 'x'}, ['tier', 'title']],
        ['both a body and a link', {...FAILOVER, url: 'https://x.example'}, ['body', 'url']],
        ['a non-web link', {title: 't', tier: 'cloud', url: 'file:///etc/passwd'}, ['url']],
        ['an unknown owner', {...FAILOVER, owner: 'mallory'}, ['owner']],
    ])('answers 400 naming the fields for %s, and saves nothing', async (_name, body, fields) => {
        const answer = await send('POST', '/runbooks', 'alice', body);
        expect(answer.statusCode).toBe(400);
        expect(answer.json()).toMatchObject({code: 'invalid_runbook'});
        expect(Object.keys(answer.json<{fields: object}>().fields).sort()).toEqual(fields);
        expect(await conn().db.select().from(runbookTable)).toEqual([]);
    });

    it('lets only SREs write, 404s a missing runbook, 503s when Mattermost cannot check the owner', async () => {
        const {id} = await create(FAILOVER);
        expect((await send('POST', '/runbooks', 'dave', FAILOVER)).statusCode).toBe(403);
        expect((await send('PUT', `/runbooks/${id}`, 'dave', FAILOVER)).statusCode).toBe(403);
        expect((await send('POST', `/runbooks/${id}/archive`, 'dave')).statusCode).toBe(403);
        expect((await get('/runbooks/6f1c1d1e-0000-4000-8000-000000000000')).statusCode).toBe(404);
        expect((await send('PUT', '/runbooks/6f1c1d1e-0000-4000-8000-000000000000', 'alice', FAILOVER)).statusCode).toBe(404);
        mattermostUp = false;
        expect((await send('PUT', `/runbooks/${id}`, 'alice', FAILOVER)).statusCode).toBe(503);
        const edited = await send('PUT', `/runbooks/${id}`, 'alice', {...FAILOVER, owner: null, body: null, url: 'https://wiki.example/failover'});
        expect(edited.json()).toMatchObject({id, owner: null, body: '', url: 'https://wiki.example/failover'});
    });

    it('turns stale 90 days after creation, and anyone marking it reviewed makes it fresh again', async () => {
        const {id} = await create(FAILOVER);
        now = days(90);
        expect((await get(`/runbooks/${id}`)).json()).toMatchObject({isStale: true, lastReviewedAt: null});
        const reviewed = await send('POST', `/runbooks/${id}/reviewed`, 'dave');
        expect(reviewed.json()).toMatchObject({isStale: false, lastReviewedAt: now.toISOString()});
        now = days(89);
        expect((await get(`/runbooks/${id}`)).json()).toMatchObject({isStale: false});
        now = days(1);
        expect((await get(`/runbooks/${id}`)).json()).toMatchObject({isStale: true});
        expect((await send('POST', '/runbooks/6f1c1d1e-0000-4000-8000-000000000000/reviewed', 'dave')).statusCode).toBe(404);
    });

    it('counts stale live runbooks for the summary in one query, and knows when the next turns stale', async () => {
        const old = await create(FAILOVER);
        const archived = await create({...SEARCH, title: 'Old search'});
        now = days(30);
        await create(SEARCH);
        now = days(70);
        await send('POST', `/runbooks/${archived.id}/archive`, 'alice');
        // Day 100 since the first: the failover (created day 0) and the archived one are past 90 days; only the live one counts.
        const rows = await loadSummaryRows(conn().db, () => Promise.resolve({schedules: [], problems: []}), now);
        expect(rows.runbooks).toEqual({staleCount: 1, nextReviewedFrom: new Date('2026-04-29T11:00:00Z')});
        const {summary, validUntil} = assembleSummary(rows, now);
        expect(summary.runbooks satisfies Summary['runbooks']).toEqual({staleCount: 1});
        expect(validUntil?.toISOString()).toBe('2026-07-28T11:00:00.000Z');
        await send('POST', `/runbooks/${old.id}/reviewed`, 'dave');
        expect((await loadSummaryRows(conn().db, () => Promise.resolve({schedules: [], problems: []}), now)).runbooks.staleCount).toBe(0);
        expect((await get('/runbooks')).json<RunbookView[]>().map((r) => r.title)).toEqual(['Postgres failover', 'Search latency high']);
        expect((await get(`/runbooks/${archived.id}`)).json()).toMatchObject({isArchived: true});
    });

    it('serves a Markdown runbook as text and sends a link runbook to its address', async () => {
        const failover = await create(FAILOVER);
        const search = await create(SEARCH);
        const text = await get(`/runbooks/${failover.id}/content`);
        expect([text.statusCode, text.headers['content-type'], text.body]).toEqual([200, 'text/plain; charset=utf-8', FAILOVER.body]);
        const link = await get(`/runbooks/${search.id}/content`);
        expect([link.statusCode, link.headers.location]).toEqual([302, SEARCH.url]);
    });
});
