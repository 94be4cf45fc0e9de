import type {
    DeclareIncidentBody, IncidentRole, IncidentView, IncidentWithTimeline, TemplateInput, TemplatePreview, TemplateView,
} from '../../../server-ts/src/contract/incidents';

import {expectShape, requestJson, type ClientOptions} from './http';
import {
    isChannelIncident, isIncidentList, isIncidentView, isIncidentWithTimeline, isMe, isTemplateList, isTemplatePreview, isTemplateView, type Me,
} from './incident_shapes';
import type {ApiError, Result} from './result';

type Reply<T> = Promise<Result<T, ApiError>>;

export type IncidentsClient = {
    me: () => Reply<Me>;
    listTemplates: () => Reply<TemplateView[]>;
    createTemplate: (input: TemplateInput) => Reply<TemplateView>;
    updateTemplate: (id: string, input: TemplateInput) => Reply<TemplateView>;
    duplicateTemplate: (id: string) => Reply<TemplateView>;
    archiveTemplate: (id: string) => Reply<TemplateView>;
    previewTemplate: (input: TemplateInput) => Reply<TemplatePreview>;
    declare: (body: DeclareIncidentBody) => Reply<IncidentView>;
    listIncidents: (status: 'active' | 'resolved' | 'all') => Reply<IncidentView[]>;
    getIncident: (id: string) => Reply<IncidentWithTimeline>;
    // null: the channel is not an incident channel (or one you may not see).
    getIncidentByChannel: (channelId: string) => Reply<IncidentWithTimeline | null>;
    changeStatus: (id: string, status: string) => Reply<IncidentView>;
    changeSeverity: (id: string, severity: string) => Reply<IncidentView>;
    assignRole: (id: string, role: IncidentRole, userId: string) => Reply<IncidentView>;
    postUpdate: (id: string, text: string) => Reply<IncidentView>;
    resolve: (id: string, summary: string) => Reply<IncidentView>;
    reopen: (id: string) => Reply<IncidentView>;
    addTimelinePost: (id: string, postId: string) => Reply<IncidentView>;
    tickChecklist: (id: string, index: number, done: boolean) => Reply<IncidentView>;
};

const API = '/api/v1';
const enc = encodeURIComponent;

export function createIncidentsClient(options: ClientOptions): IncidentsClient {
    const get = (path: string) => requestJson(options, 'GET', `${API}${path}`);
    const post = (path: string, body: unknown = {}) => requestJson(options, 'POST', `${API}${path}`, body);
    const incident = async (path: string, body: unknown) => expectShape(await post(`/incidents/${path}`, body), isIncidentView, 'an incident');
    const template = async (path: string, body?: unknown) => expectShape(await post(`/templates${path}`, body), isTemplateView, 'a template');
    return {
        me: async () => expectShape(await get('/me'), isMe, 'who you are'),
        listTemplates: async () => expectShape(await get('/templates'), isTemplateList, 'templates'),
        createTemplate: (input) => template('', input),
        updateTemplate: async (id, input) => expectShape(await requestJson(options, 'PUT', `${API}/templates/${enc(id)}`, input), isTemplateView, 'a template'),
        duplicateTemplate: (id) => template(`/${enc(id)}/duplicate`),
        archiveTemplate: (id) => template(`/${enc(id)}/archive`),
        previewTemplate: async (input) => expectShape(await post('/templates/preview', input), isTemplatePreview, 'a preview'),
        declare: async (body) => expectShape(await post('/incidents', body), isIncidentView, 'an incident'),
        listIncidents: async (status) => expectShape(await get(`/incidents?status=${status}`), isIncidentList, 'incidents'),
        getIncident: async (id) => expectShape(await get(`/incidents/${enc(id)}`), isIncidentWithTimeline, 'an incident'),
        getIncidentByChannel: async (channelId) =>
            expectShape(await get(`/incidents/by-channel/${enc(channelId)}`), isChannelIncident, 'an incident or null'),
        changeStatus: (id, status) => incident(`${enc(id)}/status`, {status}),
        changeSeverity: (id, severity) => incident(`${enc(id)}/severity`, {severity}),
        assignRole: (id, role, userId) => incident(`${enc(id)}/roles`, {role, userId}),
        postUpdate: (id, text) => incident(`${enc(id)}/updates`, {text}),
        resolve: (id, summary) => incident(`${enc(id)}/resolve`, {summary}),
        reopen: (id) => incident(`${enc(id)}/reopen`, {}),
        addTimelinePost: (id, postId) => incident(`${enc(id)}/timeline`, {postId}),
        tickChecklist: (id, index, done) => incident(`${enc(id)}/checklist/${index}`, {done}),
    };
}
