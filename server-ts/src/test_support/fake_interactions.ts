import formbody from '@fastify/formbody';
import {TypeBoxValidatorCompiler, type TypeBoxTypeProvider} from '@fastify/type-provider-typebox';
import Fastify, {type FastifyInstance} from 'fastify';
import type {IncidentView, TemplateView} from '../contract/incidents.js';
import {err, ok, type Result} from '../domain/result.js';
import {tierDefaultSeverity} from '../domain/severity.js';
import {interactionRoutes} from '../mattermost/interaction_routes.js';
import type {Actor, IncidentActions, InteractionBot, InteractionDeps, MattermostUser, OpenDialogRequest} from '../mattermost/interaction_ports.js';
import {MATTERMOST_PREFIX} from '../mattermost/interaction_paths.js';

export const NOW = new Date('2025-03-05T12:00:00Z');
export const SECRET = 'test-signing-secret';
export const USERS: MattermostUser[] = [
    {id: 'u-alice', username: 'alice', roles: 'system_user'},
    {id: 'u-bob', username: 'bob', roles: 'system_user system_admin'},
];

export function template(slug: string, tier: TemplateView['tier'], extra: Partial<TemplateView> = {}): TemplateView {
    return {id: `t-${slug}`, slug, name: slug, description: '', tier, defaultSeverity: tierDefaultSeverity(tier), channelNamePattern: 'inc-{slug}',
        isPrivate: false, headerPattern: '', purposePattern: '', firstPost: '', defaultMembers: [], broadcastChannels: [], checklist: [],
        updateIntervalMinutes: {sev1: 30, sev2: 60, sev3: 240, sev4: 1440}, isDrill: false, isArchived: false, updatedAt: NOW.toISOString(), ...extra};
}

export const TEMPLATES = [
    template('cloud-outage', 'cloud'), template('degraded-service', 'cloud'), template('internal-platform', 'internal'),
    template('chaos-gameday-drill', 'internal', {isDrill: true}), template('security-incident', 'cloud', {isPrivate: true}),
];

export function incident(extra: Partial<IncidentView> = {}): IncidentView {
    const alice = {id: 'u-alice', username: 'alice'};
    return {id: 'inc1', number: 7, title: 'Checkout errors', summary: '', severity: 'sev2', status: 'investigating', templateId: 't-cloud-outage',
        isDrill: false, isPrivate: false, teamId: 'team1', channelId: 'ch-inc', channelName: 'inc-2025-03-05-checkout-errors',
        roles: {commander: alice, communications: null, scribe: null}, declaredBy: alice, declaredAt: NOW.toISOString(), resolvedAt: null,
        resolutionSummary: null, nextUpdateDueAt: '2025-03-05T13:00:00.000Z', sourcePostId: null, pendingSteps: [],
        checklist: [
            {title: 'Page the owner', runbookUrl: 'https://runbooks.example/page', doneAt: null, doneBy: null},
            {title: 'Post a status page note', runbookUrl: null, doneAt: null, doneBy: null},
        ], ...extra};
}

export type Call = {method: string; args: unknown[]; actor: Actor};

// A recording IncidentService stand-in: one incident in channel ch-inc; `failWith` makes the next change fail.
export function fakeIncidents(): IncidentActions & {calls: Call[]; current: IncidentView; failWith: string | null} {
    const byKey = new Map<string, IncidentView>();
    const state = {calls: [] as Call[], current: incident(), failWith: null as string | null};
    const change = (method: string, edit: (i: IncidentView) => IncidentView) => (...args: unknown[]): Promise<Result<IncidentView, string>> => {
        const actor = args.at(-1) as Actor;
        state.calls.push({method, args: args.slice(0, -1), actor});
        if (state.failWith !== null) {
            return Promise.resolve(err(state.failWith));
        }
        state.current = edit(state.current);
        return Promise.resolve(ok(state.current));
    };
    return Object.assign(state, {
        declare: (input: Parameters<IncidentActions['declare']>[0], actor: Actor) => {
            state.calls.push({method: 'declare', args: [input], actor});
            if (input.title.trim() === '') {
                return Promise.resolve(err({title: 'give the incident a title', timeZone: 'the team time zone is not set'}));
            }
            const existing = byKey.get(input.idempotencyKey);
            const made = existing ?? incident({id: `inc-${byKey.size + 2}`, title: input.title, templateId: input.templateId});
            byKey.set(input.idempotencyKey, made);
            return Promise.resolve(ok({incident: made, replayed: existing !== undefined}));
        },
        getByChannel: (channelId: string) => Promise.resolve(channelId === 'ch-inc' ? {incident: state.current, timeline: []} : null),
        changeStatus: change('changeStatus', (i) => ({...i, status: 'identified'})),
        changeSeverity: change('changeSeverity', (i) => ({...i, severity: 'sev1'})),
        assignRole: change('assignRole', (i) => i),
        postUpdate: change('postUpdate', (i) => i),
        resolve: change('resolve', (i) => ({...i, status: 'resolved', nextUpdateDueAt: null})),
        reopen: change('reopen', (i) => ({...i, status: 'investigating'})),
        tickChecklist: change('tickChecklist', (i) => ({...i, checklist: i.checklist.map((c, n) => (n === 0 ? {...c, doneAt: NOW.toISOString(), doneBy: 'bob'} : c))})),
    });
}

export function fakeInteractionBot(): InteractionBot & {dialogs: OpenDialogRequest[]} {
    const dialogs: OpenDialogRequest[] = [];
    return {
        dialogs,
        getUser: (id) => Promise.resolve(ok(USERS.find((u) => u.id === id) ?? {id, username: `user-${id}`, roles: 'system_user'})),
        getUserByUsername: (name) => Promise.resolve(ok(USERS.find((u) => u.username === name) ?? null)),
        openDialog: (request) => {
            dialogs.push(request);
            return Promise.resolve(ok(true));
        },
    };
}

export type Harness = {app: FastifyInstance; incidents: ReturnType<typeof fakeIncidents>; bot: ReturnType<typeof fakeInteractionBot>; deps: InteractionDeps};

// Fakes for every interaction dependency; fake_app_deps can hand these to buildApp as `interactions`.
export function fakeInteractionDeps(): InteractionDeps & {incidents: ReturnType<typeof fakeIncidents>; bot: ReturnType<typeof fakeInteractionBot>} {
    return {incidents: fakeIncidents(), bot: fakeInteractionBot(), templates: {list: () => Promise.resolve(TEMPLATES)}, companionUrl: 'http://companion.test',
        signingSecret: SECRET, isKnownCommandToken: (t) => Promise.resolve(t === 'cmd-token'), now: () => NOW};
}

// The interaction routes alone on a bare Fastify, as app.ts mounts them.
export async function interactionHarness(): Promise<Harness> {
    const deps = fakeInteractionDeps();
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
    app.setValidatorCompiler(TypeBoxValidatorCompiler);
    await app.register(formbody);
    await app.register(interactionRoutes, {prefix: `/sre-toolkit${MATTERMOST_PREFIX}`, interactions: deps});
    return {app, incidents: deps.incidents, bot: deps.bot, deps};
}
