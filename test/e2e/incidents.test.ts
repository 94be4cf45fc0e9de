import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {logIn, openChannel, post, postMenuAction, sidebarSection, sreSidebar, appBarButton} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

// Issue 5: declare from a message, run the incident from the sidebar, and a second user watching live.
describe.skipIf(isBrowserMissing)('incidents in the browser', () => {
    const stack = useStack();
    const alicePage = useBrowser();
    const bobPage = useBrowser();
    const REPORT = /returns 502 Bad Gateway/;

    it('declares from a message, lands in the new channel, updates and resolves while bob watches', async () => {
        const {page} = alicePage();
        const {page: bob} = bobPage();
        await logIn(bob, stack().url, 'bob');
        await appBarButton(bob, 'SRE Toolkit').click();
        const bobIncidents = sidebarSection(bob, 'Incidents');
        await bobIncidents.getByText('No active incidents').waitFor();

        await logIn(page, stack().url, 'alice');
        const support = await openChannel(page, 'Cloud Support');
        const report = post(page, '').filter({hasText: REPORT}).first();
        await postMenuAction(page, report, 'Declare incident');
        const modal = page.getByRole('dialog', {name: 'Declare incident'});
        await expect.poll(() => modal.getByRole('textbox', {name: 'Summary'}).inputValue()).toMatch(REPORT);
        await modal.getByRole('textbox', {name: 'Title'}).fill('Workspaces return 502');
        await screenshot(page, 'declare_modal');
        await modal.getByRole('button', {name: 'Declare incident'}).click();
        await modal.waitFor({state: 'detached'});

        // Landed in the incident channel, with the quoted report and the checklist.
        await support.waitFor({state: 'detached'});
        const channel = page.getByRole('main');
        await channel.getByRole('article').filter({hasText: REPORT}).first().waitFor();
        await channel.getByRole('article').filter({hasText: /checklist/i}).first().waitFor();
        await screenshot(page, 'incident_channel');
        const panel = sreSidebar(page).getByRole('region', {name: /SEV1 #\d+ Workspaces return 502/});
        await panel.waitFor();
        await bobIncidents.getByText('Workspaces return 502').waitFor();

        await panel.getByRole('textbox', {name: 'Status update'}).fill('Rolled back the ingress change; 5xx falling');
        await panel.getByRole('button', {name: 'Post update'}).click();
        await channel.getByRole('article').filter({hasText: 'Rolled back the ingress change'}).first().waitFor();

        await panel.getByRole('button', {name: 'Resolve'}).click();
        await panel.getByRole('textbox', {name: 'Resolution summary'}).fill('Ingress config reverted');
        await panel.getByRole('button', {name: 'Resolve incident'}).click();
        await panel.getByRole('button', {name: 'Reopen'}).waitFor();
        await bobIncidents.getByText('No active incidents').waitFor();
        await screenshot(page, 'incident_resolved');
    });
});
