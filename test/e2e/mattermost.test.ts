import {existsSync, readFileSync} from 'node:fs';

import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {FEEDBACK_DIALOG, TICKET_ERROR, startFeedbackIntegration} from './support/feedback_integration.ts';
import {channelLink, logIn, messageBox, openChannel, post} from './support/host_page.ts';
import {channelId, channelMessages, createCommand, createPost} from './support/rest.ts';
import {PLUGIN_BUNDLE, useStack} from './support/stack.ts';

// Menu entries exist only once the plugin registers post actions (none yet in issue 3); the bundle says so.
const registersPostActions = existsSync(PLUGIN_BUNDLE) && readFileSync(PLUGIN_BUNDLE, 'utf8').includes('registerPostDropdownMenuAction');

// Issue 4: the host page behaves like Mattermost for what the plugin and integrations touch.
describe.skipIf(isBrowserMissing)('Mattermost host page', () => {
    const stack = useStack();
    const browser = useBrowser();

    it('logs alice in to the team\'s channels and posts what she types', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        for (const name of ['Town Square', 'Cloud Support', 'Cloud SRE Team', 'Incidents']) {
            await channelLink(page, name).waitFor();
        }
        const main = await openChannel(page, 'Cloud Support');
        await main.getByRole('article').first().waitFor();

        await messageBox(page, 'Cloud Support').fill('Looking at this now');
        await messageBox(page, 'Cloud Support').press('Enter');
        await post(page, 'Looking at this now').and(page.getByRole('article', {name: 'alice'})).waitFor();
        await expect.poll(() => messageBox(page, 'Cloud Support').inputValue()).toBe('');
        await screenshot(page, 'channel');
    });

    it('shows a post bob creates through the REST API without reload (WebSocket)', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        await openChannel(page, 'Town Square');
        await page.evaluate(() => Object.assign(window, {sreSamePage: true}));

        const bob = await stack().sandbox.login('bob');
        const {channelId: townSquare} = await channelId(stack().url, bob, 'sre', 'town-square');
        await createPost(stack().url, bob, townSquare, 'Deploy of checkout v42 is done');

        await post(page, 'Deploy of checkout v42 is done').and(page.getByRole('article', {name: 'bob'})).waitFor();
        expect(await page.evaluate(() => 'sreSamePage' in window)).toBe(true);
        await screenshot(page, 'live_post');
    });

    it('answers /sre help with the companion\'s ephemeral help', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        await openChannel(page, 'Cloud SRE Team');
        await messageBox(page, 'Cloud SRE Team').fill('/sre help');
        await page.getByRole('button', {name: 'Send'}).click();

        const help = post(page, '(Only visible to you)');
        await help.waitFor();
        await expect.poll(() => help.textContent()).toContain('/sre help');
        await expect.poll(() => help.textContent()).toContain('SRE Toolkit sidebar');
        // Ephemeral: the channel itself never gets the help, so bob does not see it.
        const bob = await stack().sandbox.login('bob');
        const {channelId: sreTeam} = await channelId(stack().url, bob, 'sre', 'cloud-sre-team');
        expect((await channelMessages(stack().url, bob, sreTeam)).filter((m) => m.includes('show this help'))).toEqual([]);
        await screenshot(page, 'sre_help');
    });

    it('opens a slash command\'s dialog, shows its field errors and closes once they are fixed', async () => {
        const {page} = browser();
        const alice = await stack().sandbox.login('alice');
        const integration = await startFeedbackIntegration(stack().url, stack().sandbox.botToken);
        try {
            const {teamId} = await channelId(stack().url, alice, 'sre', 'town-square');
            await createCommand(stack().url, alice, {teamId, trigger: 'feedback', url: `${integration.url}/command`});
            await logIn(page, stack().url, 'alice');
            await openChannel(page, 'Incidents');
            await messageBox(page, 'Incidents').fill('/feedback');
            await messageBox(page, 'Incidents').press('Enter');

            const dialog = page.getByRole('dialog', {name: FEEDBACK_DIALOG.title});
            await dialog.getByLabel(FEEDBACK_DIALOG.ticketLabel).fill('checkout is slow');
            await dialog.getByRole('button', {name: 'Send'}).click();
            await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(TICKET_ERROR);
            await screenshot(page, 'dialog_errors');

            await dialog.getByLabel(FEEDBACK_DIALOG.ticketLabel).fill('SRE-123');
            await dialog.getByLabel(FEEDBACK_DIALOG.commentLabel).fill('Fixed by the cache rollback');
            await dialog.getByRole('button', {name: 'Send'}).click();
            await dialog.waitFor({state: 'detached'});
            expect(integration.submissions).toEqual([{ticket: 'SRE-123', comment: 'Fixed by the cache rollback'}]);
        } finally {
            await integration.close();
        }
    });

    it.skipIf(!registersPostActions)('lists the plugin\'s actions in a post\'s More actions menu', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        const main = await openChannel(page, 'Cloud Support');
        await main.getByRole('article').first().getByRole('button', {name: 'More actions'}).click();
        await expect.poll(() => page.getByRole('menu', {name: 'More actions'}).getByRole('menuitem').count()).toBeGreaterThan(0);
        await screenshot(page, 'post_menu');
    });
});
