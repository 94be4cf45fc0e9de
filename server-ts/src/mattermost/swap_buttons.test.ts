import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {SwapProposal} from '../domain/oncall_swap.js';
import {ok} from '../domain/result.js';
import type {Actor} from '../incidents/access.js';
import {fakeIncidentBot} from '../test_support/fake_incident_bot.js';
import {interactionHarness, SECRET, type Harness} from '../test_support/fake_interactions.js';
import {ACTION_PATH} from './interaction_paths.js';
import {swapMessenger} from './swap_buttons.js';

const PROPOSAL: SwapProposal = {scheduleId: 's1', scheduleName: 'SRE primary', from: 'alice', to: 'bob',
    start: new Date('2026-03-31T07:00:00Z'), end: new Date('2026-03-31T15:00:00Z')};
type Button = {name: string; integration: {context: Record<string, unknown>}};

describe('swap buttons', () => {
    let h: Harness;
    let fake: ReturnType<typeof fakeIncidentBot>;
    const answers: [SwapProposal, boolean, Actor][] = [];
    beforeEach(async () => {
        h = await interactionHarness();
        h.deps.swaps = {answer: (proposal, isAccepted, clicker) => {
            answers.push([proposal, isAccepted, clicker]);
            return Promise.resolve(ok(`answered ${String(isAccepted)}`));
        }};
        fake = fakeIncidentBot([{id: 'u-alice', username: 'alice'}, {id: 'u-bob', username: 'bob'}]);
    });
    afterEach(() => h.app.close());

    const messenger = () => swapMessenger({...fake.bot, openDirectChannel: ([, user]) => Promise.resolve(ok(`dm-${user}`))},
        {companionUrl: 'http://companion.test', signingSecret: SECRET});
    const buttons = () => ((fake.posts[0]?.props.attachments as {actions: Button[]}[] | undefined)?.[0]?.actions ?? []);
    const click = async (button: Button | undefined, userId: string) => (await h.app.inject({method: 'POST', url: ACTION_PATH,
        payload: {user_id: userId, channel_id: 'dm-u-bob', post_id: 'p1', type: 'button', context: button?.integration.context ?? {}}})).json<object>();

    it('asks the teammate by DM with signed Accept / Decline, and a click answers the swap as the clicker', async () => {
        expect(await messenger().ask(PROPOSAL)).toEqual(ok(true));
        expect(fake.posts[0]).toMatchObject({channelId: 'dm-u-bob', message: expect.stringMatching(/^@alice asks you to take their on-call shift in \*\*SRE primary\*\*/) as unknown});
        expect(buttons().map((b) => b.name)).toEqual(['Accept', 'Decline']);
        expect(await click(buttons()[0], 'u-bob')).toEqual({update: {message: 'answered true', props: {sre_step: 'oncall_swap', attachments: []}}});
        expect(await click(buttons()[1], 'u-bob')).toMatchObject({update: {message: 'answered false'}});
        expect(answers.map(([p, isAccepted, who]) => [p, isAccepted, who.username])).toEqual([[PROPOSAL, true, 'bob'], [PROPOSAL, false, 'bob']]);
    });

    it('tells the asker the answer by DM', async () => {
        await messenger().tell('alice', '@bob accepted');
        expect(fake.posts).toEqual([expect.objectContaining({channelId: 'dm-u-alice', message: '@bob accepted'})]);
    });
});
