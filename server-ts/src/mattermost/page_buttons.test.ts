import formbody from '@fastify/formbody';
import {TypeBoxValidatorCompiler, type TypeBoxTypeProvider} from '@fastify/type-provider-typebox';
import Fastify, {type FastifyInstance} from 'fastify';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {incidents, pages, schedules} from '../db/schema.js';
import {createPageService, type PageService} from '../paging/page_service.js';
import {actor, fakePagingBot, pagingDeps, SIGNING} from '../test_support/paging_fakes.js';
import {pgliteTarget} from '../test_support/databases.js';
import {fakeInteractionDeps} from '../test_support/fake_interactions.js';
import {useTestDatabase} from '../test_support/use_test_database.js';
import {ACTION_PATH, COMMAND_PATH, MATTERMOST_PREFIX} from './interaction_paths.js';
import {interactionRoutes} from './interaction_routes.js';
import {pagePostProps, PageButtonContext} from './page_buttons.js';
import {verifyPayload} from './signed_context.js';

const alice = actor('alice');

// The real paging service on PGlite behind the real interaction routes, as Mattermost calls them.
describe('paging from Mattermost: /sre page and the DM buttons', () => {
    const conn = useTestDatabase(pgliteTarget);
    let app: FastifyInstance;
    let fake: ReturnType<typeof fakePagingBot>;
    let service: PageService;
    let interactions: ReturnType<typeof fakeInteractionDeps>;

    beforeEach(async () => {
        const {db} = conn();
        await db.delete(pages);
        await db.delete(schedules);
        fake = fakePagingBot();
        const deps = pagingDeps(db, {bot: fake.bot});
        const [primary] = await db.insert(schedules).values({name: 'SRE primary', timeZone: 'UTC'}).returning();
        deps.oncall.set(primary?.id ?? '', ['erin']);
        service = createPageService(deps);
        interactions = {...fakeInteractionDeps(), pages: service};
        app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
        app.setValidatorCompiler(TypeBoxValidatorCompiler);
        await app.register(formbody);
        await app.register(interactionRoutes, {prefix: `/sre-toolkit${MATTERMOST_PREFIX}`, interactions});
    });
    afterEach(() => app.close());

    async function slash(text: string, channelId = 'ch-town-square', userId = 'u-alice') {
        const form = new URLSearchParams({token: 'cmd-token', team_id: 'team1', channel_id: channelId, user_id: userId, trigger_id: 'trig-1', text});
        const res = await app.inject({method: 'POST', url: COMMAND_PATH, payload: form.toString(), headers: {'content-type': 'application/x-www-form-urlencoded'}});
        return res.json<{response_type: string; text: string}>().text;
    }
    const buttonsOf = (props: Record<string, unknown>) =>
        ((props.attachments ?? []) as {actions?: {id: string; integration: {context: {signed: string}}}[]}[]).flatMap((a) => a.actions ?? []);
    async function click(props: Record<string, unknown>, actionId: string, userId: string) {
        const context = buttonsOf(props).find((b) => b.id === actionId)?.integration.context ?? {};
        const res = await app.inject({method: 'POST', url: ACTION_PATH, payload: {user_id: userId, context}});
        return {status: res.statusCode, body: res.json<{ephemeral_text?: string; update?: unknown}>()};
    }

    it('signs each button with the page and the position it was sent at', () => {
        const props = pagePostProps({id: 'pg1', number: 4, position: {step: 1, round: 2}}, SIGNING, 'both');
        expect(buttonsOf(props).map((b) => [b.id, verifyPayload(b.integration.context.signed, SIGNING.signingSecret, PageButtonContext)])).toEqual([
            ['pageack', {ok: true, value: {pageId: 'pg1', step: 1, round: 2, action: 'ack'}}],
            ['pageescalate', {ok: true, value: {pageId: 'pg1', step: 1, round: 2, action: 'escalate'}}]]);
        expect(pagePostProps({id: 'pg1', number: 4, position: {step: 0, round: 0}}, SIGNING, 'none').attachments).toEqual([]);
    });

    it('pages a person, and Acknowledge in their DM acknowledges it and updates the DM', async () => {
        expect(await slash('page @bob Checkout errors at 20%')).toMatch(/^Page #\d+ sent to @bob \(@bob\)\. It escalates until someone acknowledges/);
        const [dm] = fake.dmsTo('u-bob');
        expect(buttonsOf(dm?.props ?? {}).map((b) => b.id)).toEqual(['pageack', 'pageescalate']);
        expect(await click(dm?.props ?? {}, 'pageack', 'u-bob')).toEqual({status: 200, body: {}});
        const [page] = await service.list('all', alice);
        expect(page).toMatchObject({status: 'acknowledged', acknowledgedBy: 'bob'});
        expect(fake.dmsTo('u-bob')[0]?.message).toMatch(/Acknowledged by @bob after 0 s\.$/);
    });

    it('refuses a stranger, and an Escalate now from a DM the page has moved past', async () => {
        await slash('page "SRE primary" API down');
        const [dm] = fake.dmsTo('u-erin');
        expect((await click(dm?.props ?? {}, 'pageack', 'u-stranger')).body.ephemeral_text).toMatch(/^Not allowed: only the people it paged/);
        expect((await click(dm?.props ?? {}, 'pageescalate', 'u-alice')).body.ephemeral_text).toMatch(/^Page #\d+: Escalated to @erin \(step 1, round 2\) by @alice\.$/);
        expect((await click(dm?.props ?? {}, 'pageescalate', 'u-alice')).body.ephemeral_text).toBe('The page has already moved on to another step.');
        expect(fake.dmsTo('u-erin')).toHaveLength(2);
    });

    it('attaches a page typed in an incident channel to that incident', async () => {
        const [row] = await conn().db.insert(incidents).values({title: 'Checkout errors', severity: 'sev1', channelId: 'ch-inc', teamId: 'team1'}).returning();
        interactions.incidents.current = {...interactions.incidents.current, id: row?.id ?? '', number: row?.number ?? 0};
        expect(await slash('page sre primary API down', 'ch-inc')).toMatch(new RegExp(`^Page #\\d+ for incident #${row?.number ?? 0} sent to @erin \\(SRE primary\\)`));
        expect((await service.list('open', alice))[0]?.incidentId).toBe(row?.id);
        expect(fake.posts.filter((p) => p.channelId === 'ch-inc').map((p) => p.message)).toEqual([expect.stringMatching(/^:rotating_light: Paged @erin/)]);
    });

    it('refuses a page typed in a drill\'s channel unless it says --real, and then marks it DRILL', async () => {
        const [row] = await conn().db.insert(incidents).values({title: 'Gameday: Kill the DB', severity: 'sev3', isDrill: true, channelId: 'ch-inc', teamId: 'team1'}).returning();
        const number = row?.number ?? 0;
        interactions.incidents.current = {...interactions.incidents.current, id: row?.id ?? '', number, isDrill: true};
        expect(await slash('page @bob Replica lag at 30 s', 'ch-inc')).toBe(`Nobody was paged:\n* #${number} is a drill, and drills never page the real ` +
            'on-call unless asked: add --real to the command (`/sre page @bob --real <message>`), or tick "Page real people" in the sidebar');
        expect([await service.list('all', alice), fake.dmsTo('u-bob')]).toEqual([[], []]);
        expect(await slash('page @bob --real Replica lag at 30 s', 'ch-inc')).toMatch(new RegExp(`^Page #\\d+ for DRILL · incident #${number} sent to @bob`));
        expect((await service.list('open', alice))[0]).toMatchObject({incidentId: row?.id, message: 'Replica lag at 30 s'});
        expect(fake.dmsTo('u-bob')[0]?.message).toMatch(/^:rotating_light: \*\*DRILL · Page #\d+\*\*/);
    });

    it.each<[string, RegExp]>([
        ['page', /^Name whom to page and say why/],
        ['page @bob', /^Say what is wrong after @bob/],
        ['page Night shift is down', /^Page whom\? .*Schedules: "SRE primary"\.\n\nUsage: `\/sre page/s],
        ['page @ghost hello', /^Nobody was paged:\n\* target\.username: no Mattermost user is called "ghost"$/],
    ])('answers %j with what to fix', async (text, reply) => expect(await slash(text)).toMatch(reply));
});
