import formbody from '@fastify/formbody';
import {TypeBoxValidatorCompiler, type TypeBoxTypeProvider} from '@fastify/type-provider-typebox';
import Fastify, {type FastifyInstance} from 'fastify';
import type {IncidentView, TemplateView} from '../contract/incidents.js';
import type {TriageRequestView} from '../contract/triage.js';
import {err, ok, type Result} from '../domain/result.js';
import type {RunbookHit} from '../domain/runbook_text.js';
import {tierDefaultSeverity} from '../domain/severity.js';
import {interactionRoutes} from '../mattermost/interaction_routes.js';
import type {
    Actor, Dialog, DialogElement, FieldErrors, IncidentActions, InteractionBot, InteractionDeps, MattermostUser, OpenDialogRequest, TriageActions,
} from '../mattermost/interaction_ports.js';
import {MATTERMOST_PREFIX} from '../mattermost/interaction_paths.js';

export const NOW = new Date('2025-03-05T12:00:00Z');
export const SECRET = 'test-signing-secret';

// Services a harness does not exercise: any call rejects loudly instead of answering something plausible.
const refusing = (name: string): never =>
    new Proxy({}, {get: (_target, key) => () => Promise.reject(new Error(`${name}.${String(key)} is not part of this test`))}) as never;
const notPaging: InteractionDeps['pages'] = refusing('pages');
const notSwapping: InteractionDeps['swaps'] = refusing('swaps');
export const USERS: MattermostUser[] = [
    {id: 'u-alice', username: 'alice', roles: 'system_user'},
    {id: 'u-bob', username: 'bob', roles: 'system_user system_admin'},
];

export function template(slug: string, tier: TemplateView['tier'], extra: Partial<TemplateView> = {}): TemplateView {
    return {id: `t-${slug}`, slug, name: slug, description: '', tier, defaultSeverity: tierDefaultSeverity(tier), channelNamePattern: 'inc-{slug}',
        isPrivate: false, headerPattern: '', purposePattern: '', firstPost: '', defaultMembers: [], broadcastChannels: [], checklist: [],
        updateIntervalMinutes: {sev1: 30, sev2: 60, sev3: 240, sev4: 1440}, isDrill: false, isArchived: false, updatedAt: NOW.toISOString(), ...extra};
}

// What the fake `searchRunbooks` finds: those whose title holds the words as typed.
export const RUNBOOK_HITS: RunbookHit[] = [
    {title: 'Postgres failover', service: 'postgres', tier: 'cloud', owner: 'alice', link: 'https://runbooks.example/failover', isStale: false},
    {title: 'Postgres vacuum', service: 'postgres', tier: 'internal', owner: null, link: 'https://chat.example/sre-toolkit/api/v1/runbooks/r2/content', isStale: true},
];

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
        // A drill per key (the scenario must not be blank); `failWith` makes the next detection a conflict.
        startGameday: (body: Parameters<IncidentActions['startGameday']>[0], actor: Actor) => {
            state.calls.push({method: 'startGameday', args: [body], actor});
            if (body.scenario.trim() === '') {
                return Promise.resolve(err({scenario: 'say what the gameday breaks'}));
            }
            const key = body.idempotencyKey ?? `gameday-${byKey.size}`;
            const existing = byKey.get(key);
            const made = existing ?? incident({id: `inc-${byKey.size + 2}`, number: 40 + byKey.size, title: `Gameday: ${body.scenario}`, isDrill: true,
                templateId: 't-chaos-gameday-drill', channelName: 'drill-2025-03-05-gameday'});
            byKey.set(key, made);
            return Promise.resolve(ok({incident: made, replayed: existing !== undefined}));
        },
        recordDetection: (id: string, how: string, actor: Actor) => {
            state.calls.push({method: 'recordDetection', args: [id, how], actor});
            return Promise.resolve(state.failWith === null ? ok(state.current) : err({code: 'conflict' as const, message: state.failWith}));
        },
    });
}

export function triageRequest(extra: Partial<TriageRequestView> = {}): TriageRequestView {
    return {id: 'tr1', number: 12, title: 'Automate the cert rotation', description: 'They expire every 90 days.', requester: {id: 'u-carol', username: 'carol'},
        sourcePostId: null, permalink: null, category: 'automation', priority: 'p3', area: null, status: 'new', owner: null, quarter: null, labels: [],
        duplicateOf: null, declineReason: null, createdAt: '2025-03-05T09:00:00.000Z', triagedAt: null, closedAt: null, slaBreaches: [], ...extra};
}

// A recording TriageService stand-in over a list of requests; `failWith` makes the next create or decide fail.
export function fakeTriage(): TriageActions & {calls: Call[]; requests: TriageRequestView[]; failWith: FieldErrors | null} {
    const byKey = new Map<string, TriageRequestView>();
    const state = {calls: [] as Call[], requests: [] as TriageRequestView[], failWith: null as FieldErrors | null};
    const find = (id: string) => state.requests.find((r) => r.id === id);
    return Object.assign(state, {
        create: (body: Parameters<TriageActions['create']>[0], actor: Actor) => {
            state.calls.push({method: 'create', args: [body], actor});
            const known = byKey.get(body.idempotencyKey);
            if (state.failWith !== null || known !== undefined) {
                return Promise.resolve(known ? ok({request: known, outcome: 'replayed' as const}) : err(state.failWith ?? {}));
            }
            const made = triageRequest({id: `tr-${state.requests.length + 1}`, number: 20 + state.requests.length, title: body.title,
                description: body.description ?? '', requester: {id: actor.id, username: actor.username}});
            byKey.set(body.idempotencyKey, made);
            state.requests.push(made);
            return Promise.resolve(ok({request: made, outcome: 'created' as const}));
        },
        get: (id: string) => {
            const request = find(id);
            return Promise.resolve(request ? {request, timeline: [],
                suggestion: {category: {value: 'automation' as const, because: ['automate']}, priority: {value: 'p3' as const, because: []},
                    area: {value: 'cloud' as const, because: []}}} : null);
        },
        queue: (query: {status?: string}) => {
            const statuses = query.status?.split(',');
            const requests = state.requests.filter((r) => statuses?.includes(r.status) ?? true)
                .sort((a, b) => a.priority.localeCompare(b.priority) || a.createdAt.localeCompare(b.createdAt));
            return Promise.resolve(ok({requests, json: () => Buffer.from(JSON.stringify(requests))}));
        },
        decide: (id: string, body: Parameters<TriageActions['decide']>[1], actor: Actor) => {
            state.calls.push({method: 'decide', args: [id, body], actor});
            const request = find(id);
            if (state.failWith !== null || request === undefined) {
                return Promise.resolve(err(state.failWith ?? {_: 'not_found'}));
            }
            const status = body.action === 'accept' ? 'accepted' as const : body.action === 'decline' ? 'declined' as const : 'duplicate' as const;
            Object.assign(request, {status});
            return Promise.resolve(ok({...request}));
        },
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

type Fakes = {incidents: ReturnType<typeof fakeIncidents>; bot: ReturnType<typeof fakeInteractionBot>; triage: ReturnType<typeof fakeTriage>};
export type Harness = Fakes & {app: FastifyInstance; deps: InteractionDeps};

// Fakes for every interaction dependency; fake_app_deps can hand these to buildApp as `interactions`.
// SREs here: alice and the system admin bob.
export function fakeInteractionDeps(): InteractionDeps & Fakes {
    return {incidents: fakeIncidents(), bot: fakeInteractionBot(), templates: {list: () => Promise.resolve(TEMPLATES)}, triage: fakeTriage(),
        isSre: (a) => Promise.resolve(a.username === 'alice' || a.isSystemAdmin), companionUrl: 'http://companion.test',
        signingSecret: SECRET, isKnownCommandToken: (t) => Promise.resolve(t === 'cmd-token'), now: () => NOW,
        pages: notPaging, swaps: notSwapping, oncallNow: () => Promise.resolve([]),
        searchRunbooks: (words) => Promise.resolve(RUNBOOK_HITS.filter((h) => h.title.toLowerCase().includes(words.toLowerCase())))};
}

// The interaction routes alone on a bare Fastify, as app.ts mounts them.
export async function interactionHarness(): Promise<Harness> {
    const deps = fakeInteractionDeps();
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
    app.setValidatorCompiler(TypeBoxValidatorCompiler);
    await app.register(formbody);
    await app.register(interactionRoutes, {prefix: `/sre-toolkit${MATTERMOST_PREFIX}`, interactions: deps});
    return {app, incidents: deps.incidents, bot: deps.bot, triage: deps.triage, deps};
}

// CONTRACTS.md (b): what Mattermost checks in a dialog (the sandbox refuses the same).
export function dialogProblems(dialog: Dialog): string[] {
    const problems: string[] = [];
    const limit = (e: DialogElement) => (e.type === 'text' ? 150 : 3000);
    if (dialog.title === '' || dialog.title.length > 24) {
        problems.push('title');
    }
    if (new Set(dialog.elements.map((e) => e.name)).size !== dialog.elements.length) {
        problems.push('names not unique');
    }
    for (const e of dialog.elements) {
        const values = e.options?.map((o) => o.value) ?? [];
        const bad = [
            e.display_name === '' || e.display_name.length > 24, (e.help_text ?? '').length > 150,
            (e.default ?? '').length > limit(e), (e.placeholder ?? '').length > limit(e), (e.min_length ?? 0) > (e.max_length ?? Infinity),
            e.type === 'select' && e.data_source === undefined && (e.default ?? '') !== '' && !values.includes(e.default ?? ''),
            e.data_source !== undefined && values.length > 0,
        ];
        bad.forEach((isBad, i) => isBad && problems.push(`${e.name} check ${i}`));
    }
    return problems;
}
