import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {putOnCall} from './support/companion_rows.ts';
import {channelLink, logIn, openChannel, post, postMenuAction, sidebarSection, sreSidebar} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

// Issue 7: a page from the sidebar reaches bob's DM with buttons, bob acknowledges, the incident timeline shows it.
describe.skipIf(isBrowserMissing)('paging in the browser', () => {
    const stack = useStack();
    const alicePage = useBrowser();
    const bobPage = useBrowser();
    const REPORT = /returns 502 Bad Gateway/;
    const TITLE = 'Workspaces return 502';

    /** Alice declares from the seeded Cloud Support report and lands in the incident channel, its panel open. */
    async function declareIncident(page: Page) {
        await logIn(page, stack().url, 'alice');
        const support = await openChannel(page, 'Cloud Support');
        await postMenuAction(page, post(page, '').filter({hasText: REPORT}).first(), 'Declare incident');
        const modal = page.getByRole('dialog', {name: 'Declare incident'});
        await modal.getByRole('textbox', {name: 'Title'}).fill(TITLE);
        await modal.getByRole('button', {name: 'Declare incident'}).click();
        await support.waitFor({state: 'detached'});
        const panel = sreSidebar(page).getByRole('region', {name: new RegExp(`#\\d+ ${TITLE}`)});
        await panel.waitFor();
        return panel;
    }

    it('pages bob\'s schedule for the incident; his DM has the buttons, his Acknowledge reaches the incident timeline', async () => {
        await putOnCall(stack().companion.db, 'SRE primary', 'bob');
        const {page: bob} = bobPage();
        await logIn(bob, stack().url, 'bob');
        const {page: alice} = alicePage();
        const panel = await declareIncident(alice);

        const card = sidebarSection(alice, 'On call').getByRole('listitem', {name: 'SRE primary'});
        await card.getByRole('button', {name: 'Page'}).click();
        const form = card.getByRole('form', {name: 'Page SRE primary'});
        await form.getByText('To @bob, on call now').waitFor();
        await form.getByRole('textbox', {name: 'Message'}).fill('Ingress 502s for half of acme-prod, please look');
        const forIncident = form.getByRole('checkbox', {name: new RegExp(`^For incident \\d+: ${TITLE}$`)});
        expect(await forIncident.isChecked()).toBe(true);
        await form.getByRole('button', {name: 'Send page'}).click();
        const sent = await card.getByRole('status').filter({hasText: /^Page #\d+ sent to @bob\.$/}).textContent();
        const pageNumber = /#(\d+)/.exec(sent ?? '')?.[1] ?? 'none';
        const incidentChannel = alice.getByRole('main');
        await incidentChannel.getByRole('article').filter({hasText: `Paged @bob (page #${pageNumber}, SRE primary)`}).waitFor();

        // The bot opened the DM after bob's page loaded: it joined his sidebar live, under Direct messages.
        const lhs = bob.getByRole('navigation', {name: 'Channels'});
        await lhs.getByRole('heading', {name: 'Direct messages'}).waitFor();
        await channelLink(bob, 'sre-bot').waitFor();
        const dm = await openChannel(bob, 'sre-bot');
        const dmPost = dm.getByRole('article').filter({hasText: `Page #${pageNumber}`});
        await dmPost.getByText(`from @alice (SRE primary · incident #`).waitFor();
        await dmPost.getByText('Ingress 502s for half of acme-prod, please look').waitFor();
        await dmPost.getByRole('button', {name: 'Escalate now'}).waitFor();
        await screenshot(bob, 'page_dm');

        await dmPost.getByRole('button', {name: 'Acknowledge'}).click();
        await dmPost.getByText(/Acknowledged by @bob after \d+ s\./).waitFor();
        // The same edit took the buttons away (only the post's ⋯ menu is left).
        expect(await dmPost.getByRole('button', {name: /^(Acknowledge|Escalate now)$/}).count()).toBe(0);
        await screenshot(bob, 'page_dm_acknowledged');

        await incidentChannel.getByRole('article').filter({hasText: `Page #${pageNumber}: Acknowledged by @bob after`}).waitFor();
        // Alice stays in the incident channel: its panel follows the page live, no reload.
        const timeline = panel.getByRole('list', {name: 'Timeline'});
        await timeline.getByText(`Paged @bob (page #${pageNumber}, SRE primary)`).waitFor();
        await timeline.getByText(new RegExp(`^@bob acknowledged page #${pageNumber} \\(time to acknowledge \\d+ s\\)$`)).waitFor();
        await screenshot(alice, 'page_acknowledged_timeline');
    });
});
