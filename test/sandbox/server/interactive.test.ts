import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {Client4} from '@mattermost/client';
import type {Sandbox} from './index';
import {schemaProblems} from './test_support/contract';
import {startStub} from './test_support/integration_stub';
import {client, clientAs, openSocket, parsedPost, recordContract, startTestSandbox, type Recorder} from './test_support/harness';

let sandbox: Sandbox;
let recorder: Recorder;
let stub: Awaited<ReturnType<typeof startStub>>;
let bot: Client4;
let alice: Client4;
let teamId: string;
let channelId: string;

beforeAll(async () => {
    sandbox = await startTestSandbox();
    stub = await startStub();
    recorder = recordContract(() => sandbox.url);
    bot = client(sandbox, sandbox.botToken);
    alice = await clientAs(sandbox, 'alice');
    teamId = (await alice.getTeamByName('sre')).id;
    channelId = (await alice.getChannelByName(teamId, 'incidents')).id;
    await bot.addCommand({team_id: teamId, trigger: 'sre', method: 'P', url: `${stub.url}/cmd`} as never);
});
afterAll(async () => {
    recorder.restore();
    await stub.close();
    await sandbox.close();
});
afterEach(() => expect(recorder.problems).toEqual([]));

const dialog = {
    callback_id: 'declare', title: 'Declare incident', submit_label: 'Declare', state: 'v1',
    elements: [
        {display_name: 'Title', name: 'title', type: 'text', min_length: 3},
        {display_name: 'Severity', name: 'severity', type: 'select', default: 'sev2',
            options: [{text: 'SEV1', value: 'sev1'}, {text: 'SEV2', value: 'sev2'}]},
    ],
};

// Runs /sre so the stub receives a trigger id, then returns it.
async function triggerFromCommand(): Promise<string> {
    stub.answer(() => ({}));
    await alice.executeCommand('/sre declare', {channel_id: channelId, team_id: teamId});
    return String((stub.received.at(-1)?.body as Record<string, string>).trigger_id);
}

const openDialog = (body: unknown) => fetch(`${sandbox.url}/api/v4/actions/dialogs/open`, {
    method: 'POST', headers: {Authorization: `Bearer ${sandbox.botToken}`, 'Content-Type': 'application/json'}, body: JSON.stringify(body),
});

describe('interactive dialogs', () => {
    it('opens the dialog on the invoker\'s websocket and forwards the submission with field errors back', async () => {
        const socket = openSocket(sandbox, (await sandbox.login('alice')).token);
        await vi.waitFor(() => expect(socket.events[0]?.event).toBe('hello'));
        const triggerId = await triggerFromCommand();
        const res = await openDialog({trigger_id: triggerId, url: `${stub.url}/dialog`, dialog});
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({status: 'OK'});
        await vi.waitFor(() => expect(socket.events.some((e) => e.event === 'open_dialog')).toBe(true));
        const payload = JSON.parse(String(socket.events.find((e) => e.event === 'open_dialog')?.data?.dialog)) as Record<string, unknown>;
        expect(payload).toMatchObject({url: `${stub.url}/dialog`, dialog});
        expect(payload.trigger_id).toMatch(/^[a-z0-9]{26}$/);
        expect(schemaProblems('Dialog', payload.dialog)).toEqual([]);
        socket.close();

        stub.answer(() => ({errors: {title: 'Title is too short'}}));
        const submit = {url: `${stub.url}/dialog`, callback_id: 'declare', state: 'v1', channel_id: channelId, team_id: teamId,
            submission: {title: 'DB', severity: 'sev1'}, cancelled: false};
        const reply = await alice.submitInteractiveDialog(submit as never);
        expect(reply as unknown).toEqual({errors: {title: 'Title is too short'}});
        const forwarded = stub.received.at(-1);
        expect(forwarded?.headers['content-type']).toBe('application/json');
        expect(forwarded?.body).toEqual({type: 'dialog_submission', callback_id: 'declare', state: 'v1', user_id: (await alice.getMe()).id,
            channel_id: channelId, team_id: teamId, submission: {title: 'DB', severity: 'sev1'}, cancelled: false});
    });

    it('returns {} when the integration closes the dialog with an empty body', async () => {
        stub.answer((_req, reply) => reply.code(200).send(''));
        const reply = await alice.submitInteractiveDialog({url: `${stub.url}/dialog`, channel_id: channelId, team_id: teamId,
            submission: {}, callback_id: '', state: '', cancelled: true} as never);
        expect(reply as unknown).toEqual({});
        expect(stub.received.at(-1)?.body).toMatchObject({type: 'dialog_submission', cancelled: true});
    });

    it('turns a non-200 from the dialog URL into 400 action_integration', async () => {
        stub.answer((_req, reply) => reply.code(500).send({}));
        await expect(alice.submitInteractiveDialog({url: `${stub.url}/dialog`, channel_id: channelId, submission: {}} as never))
            .rejects.toMatchObject({status_code: 400, server_error_id: 'api.post.do_action.action_integration.app_error'});
    });

    it.each([
        ['a long title', {...dialog, title: 'Declare a brand new incident now'}, /title is required and at most 24/],
        ['duplicate names', {...dialog, elements: [dialog.elements[0], dialog.elements[0]]}, /name must be unique/],
        ['a default outside the options', {...dialog, elements: [{...dialog.elements[1], default: 'sev9'}]}, /not one of the option values/],
    ])('refuses a dialog with %s', async (_name, bad, message) => {
        const res = await openDialog({trigger_id: await triggerFromCommand(), url: `${stub.url}/dialog`, dialog: bad});
        expect(res.status).toBe(400);
        expect(((await res.json()) as {message: string}).message).toMatch(message);
    });

    it('refuses expired, forged and missing trigger ids with Mattermost\'s ids', async () => {
        const triggerId = await triggerFromCommand();
        const realNow = sandbox.state.clock.now;
        sandbox.state.clock.now = () => realNow() + 31_000;
        const expired = await openDialog({trigger_id: triggerId, url: `${stub.url}/dialog`, dialog});
        sandbox.state.clock.now = realNow;
        expect(await expired.json()).toMatchObject({status_code: 400, id: 'interactive_message.decode_trigger_id.expired'});
        const forged = Buffer.from(`abc:${sandbox.botUserId}:${Date.now()}:c2lnbmF0dXJl`).toString('base64');
        expect(await (await openDialog({trigger_id: forged, url: 'http://x', dialog})).json())
            .toMatchObject({id: 'interactive_message.decode_trigger_id.verify_signature_failed'});
        expect(await (await openDialog({trigger_id: 'Zm9v', url: 'http://x', dialog})).json())
            .toMatchObject({id: 'interactive_message.decode_trigger_id.missing_data'});
        expect(await (await openDialog({trigger_id: triggerId, url: '', dialog})).json()).toMatchObject({status_code: 400});
    });
});

describe('message buttons', () => {
    it('hides the integration, calls it with Mattermost\'s payload and applies update and ephemeral_text', async () => {
        const post = await bot.createPost({channel_id: channelId, message: 'INC-9 needs a commander', props: {attachments: [{
            text: 'Who takes it?', actions: [{name: 'I take it', type: 'button', integration: {url: `${stub.url}/act`, context: {incident: 'inc-9'}}}],
        }]}});
        const action = (post.props.attachments as {actions: {id: string; integration?: unknown; cookie?: string}[]}[])[0]?.actions[0];
        expect(action?.id).toMatch(/^[a-z0-9]{26}$/);
        expect(action?.integration).toBeUndefined();
        expect(action?.cookie).toBeTruthy();

        const socket = openSocket(sandbox, (await sandbox.login('alice')).token);
        await vi.waitFor(() => expect(socket.events[0]?.event).toBe('hello'));
        stub.answer(() => ({update: {message: 'INC-9 commander: @alice', props: {attachments: []}}, ephemeral_text: 'You are the commander.'}));
        const res = await alice.doPostAction(post.id, action?.id ?? '');
        expect(res).toMatchObject({status: 'OK'});
        const me = await alice.getMe();
        expect(stub.received.at(-1)?.body).toMatchObject({user_id: me.id, user_name: 'alice', channel_id: channelId, channel_name: 'incidents',
            team_id: teamId, team_domain: 'sre', post_id: post.id, type: 'button', data_source: '', context: {incident: 'inc-9'}});
        expect((await alice.getPost(post.id)).message).toBe('INC-9 commander: @alice');
        await vi.waitFor(() => expect(socket.events.map((e) => e.event)).toEqual(expect.arrayContaining(['post_edited', 'ephemeral_message'])));
        const eph = parsedPost(socket.events.find((e) => e.event === 'ephemeral_message') ?? {});
        expect(eph).toMatchObject({message: 'You are the commander.', channel_id: channelId});
        socket.close();
    });

    it('keeps props when the update has none and passes selected_option in the context', async () => {
        const post = await bot.createPost({channel_id: channelId, message: 'Severity?', props: {keep: 'me', attachments: [{actions: [
            {id: 'sev', name: 'Severity', type: 'select', options: [{text: 'SEV1', value: 'sev1'}], integration: {url: `${stub.url}/act`, context: {}}},
        ]}]}});
        stub.answer(() => ({update: {message: 'Severity: SEV1', props: null}}));
        await alice.doPostAction(post.id, 'sev', 'sev1');
        expect(stub.received.at(-1)?.body).toMatchObject({type: 'select', context: {selected_option: 'sev1'}});
        expect(await alice.getPost(post.id)).toMatchObject({message: 'Severity: SEV1', props: {keep: 'me'}});
        await expect(alice.doPostAction(post.id, 'nope')).rejects.toMatchObject({status_code: 404});
    });
});
