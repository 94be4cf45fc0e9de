import {describe, expect, it} from 'vitest';

import {HANDBOOK_RITUALS} from '../../server-ts/src/domain/ritual_seeds.ts';
import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {declareIncident, fileTriageItem, putOnCall} from './support/companion_rows.ts';
import {appBarButton, clickHeaderAction, liveIndicator, logIn, sidebarSection, sreSidebar, themeVariable} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

// Issue 3: the SRE sidebar in the real host page, fed by the real companion through the sandbox's proxy.
describe.skipIf(isBrowserMissing)('SRE sidebar', () => {
    const stack = useStack();
    const browser = useBrowser();
    const SECTIONS = ['On call', 'Incidents', 'Triage', 'Rituals'];

    it('opens from the App Bar with its four sections and the handbook rituals, and closes', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        await appBarButton(page, 'SRE Toolkit').click();

        for (const title of SECTIONS) {
            await expect.poll(() => sidebarSection(page, title).isVisible()).toBe(true);
        }
        const rituals = sidebarSection(page, 'Rituals');
        for (const ritual of HANDBOOK_RITUALS) {
            await rituals.getByText(ritual.name).waitFor();
        }
        await sidebarSection(page, 'Incidents').getByText('No active incidents').waitFor();

        await sreSidebar(page).getByRole('button', {name: 'Close'}).click();
        await sreSidebar(page).waitFor({state: 'detached'});
    });

    it('opens from the channel header and shows new incidents and shifts live, without reload', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        await clickHeaderAction(page, {dropdownText: 'SRE Toolkit', tooltipText: 'Open SRE Toolkit'});
        await liveIndicator(page).getByText('Live', {exact: true}).waitFor();
        await sidebarSection(page, 'On call').getByText('No on-call schedules yet').waitFor();
        // Proves no reload happened: a full navigation would drop this marker.
        await page.evaluate(() => Object.assign(window, {sreSamePage: true}));

        const {db} = stack().companion;
        await declareIncident(db, 'Checkout API 502s', 'sev1');
        await declareIncident(db, 'Elevated latency in eu-west-1', 'sev2');
        await putOnCall(db, 'Primary SRE', 'bob');
        await fileTriageItem(db, 'Customer: login page times out for EU tenants', 'p2');

        const incidents = sidebarSection(page, 'Incidents');
        await incidents.getByText('Checkout API 502s').waitFor();
        await incidents.getByText('2 active').waitFor();
        await expect.poll(() => incidents.getByRole('listitem').first().textContent()).toContain('SEV1');
        await sidebarSection(page, 'On call').getByText('@bob').waitFor();
        await sidebarSection(page, 'Triage').getByText('login page times out').waitFor();
        expect(await page.evaluate(() => 'sreSamePage' in window)).toBe(true);
        await screenshot(page, 'sidebar');
    });

    it('shows a clear error with Retry while the companion is unreachable, and recovers', async () => {
        const current = browser();
        const {page} = current;
        // The browser logs the proxy's 502 for the failed summary request; that one is expected here.
        current.allowConsoleErrors(/502|Bad Gateway/);
        await logIn(page, stack().url, 'alice');
        await appBarButton(page, 'SRE Toolkit').click();
        await sidebarSection(page, 'Rituals').waitFor();

        stack().sandbox.setCompanionUrl('http://127.0.0.1:9');
        try {
            await page.reload();
            await appBarButton(page, 'SRE Toolkit').click();
            const alert = sreSidebar(page).getByRole('alert');
            await alert.getByText('Cannot reach the SRE Toolkit companion service.').waitFor();
            await liveIndicator(page).getByText('Reconnecting…').waitFor();
            await screenshot(page, 'sidebar_error');
        } finally {
            stack().sandbox.setCompanionUrl(stack().companion.url);
        }
        await sreSidebar(page).getByRole('button', {name: 'Retry'}).click();
        await sidebarSection(page, 'Rituals').getByText(HANDBOOK_RITUALS[0]?.name ?? '').waitFor();
        await expect.poll(() => sreSidebar(page).getByRole('alert').count()).toBe(0);
        // No reload: the live stream must reconnect by itself once the companion answers again.
        await liveIndicator(page).getByText('Live', {exact: true}).waitFor();
    });

    it('follows the Onyx theme', async () => {
        const {page} = browser();
        await logIn(page, stack().url, 'alice');
        await appBarButton(page, 'SRE Toolkit').click();
        await sidebarSection(page, 'Rituals').waitFor();
        const headingColor = () => sidebarSection(page, 'Rituals').getByRole('heading').evaluate((el) => getComputedStyle(el).color);
        const denimColor = await headingColor();

        await page.getByLabel('Theme').selectOption('onyx');
        await expect.poll(() => themeVariable(page, '--center-channel-bg')).toBe('#191b1f');
        // The sidebar styles itself only through the host's variables, so its text must change colour too.
        await expect.poll(headingColor).not.toBe(denimColor);
        await screenshot(page, 'sidebar_onyx');
    });
});
