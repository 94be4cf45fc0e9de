import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {appBarButton, logIn, sidebarSection, sreSidebar} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

// A chaos gameday from the sidebar: start it, land in the drill's channel, see it marked DRILL, record detection.
describe.skipIf(isBrowserMissing)('gamedays in the browser', () => {
    const stack = useStack();
    const alicePage = useBrowser();
    const TITLE = 'Gameday: Kill the primary database';

    it('starts a gameday from the sidebar, lands in its channel marked DRILL, and records detection', async () => {
        const {page, allowConsoleErrors} = alicePage();
        // The empty scenario below is refused by the companion: the browser logs that 400.
        allowConsoleErrors(/status of 400 \(Bad Request\) \(http:\/\/[^)]+\/sre-toolkit\/api\/v1\/gamedays\)$/);
        await logIn(page, stack().url, 'alice');
        await appBarButton(page, 'SRE Toolkit').click();
        await sidebarSection(page, 'Incidents').getByRole('button', {name: 'Start gameday'}).click();
        const form = page.getByRole('dialog', {name: 'Start gameday'});
        // Empty: refused in the form, naming the scenario; nothing is started.
        await form.getByRole('button', {name: 'Start gameday'}).click();
        await expect.poll(() => form.getByRole('textbox', {name: 'Scenario'}).getAttribute('aria-invalid')).toBe('true');
        await form.getByRole('textbox', {name: 'Scenario'}).fill('Kill the primary database');
        expect(await form.getByRole('checkbox', {name: 'Page real on-call'}).isChecked()).toBe(false);
        await screenshot(page, 'gameday_form');
        await form.getByRole('button', {name: 'Start gameday'}).click();
        await form.waitFor({state: 'detached'});

        // Landed in the drill's channel: its name, its first post and the incident panel say it is a drill.
        const channel = page.getByRole('main', {name: new RegExp(`^DRILL · Incident \\d+: ${TITLE}`)});
        await channel.getByRole('article').filter({hasText: 'This is a drill.'}).first().waitFor();
        const panel = sreSidebar(page).getByRole('region', {name: new RegExp(`#\\d+ ${TITLE}`)});
        await panel.getByTitle('A drill: practice, not a real incident').waitFor();
        expect(await panel.getByTitle('A drill: practice, not a real incident').textContent()).toBe('Drill');

        await panel.getByRole('button', {name: 'Detected'}).click();
        await panel.getByRole('textbox', {name: 'How was the fault noticed?'}).fill('The replication lag alert fired in Grafana');
        await panel.getByRole('button', {name: 'Record detection'}).click();
        await panel.getByRole('status').filter({hasText: /^Fault detected/}).waitFor();
        await channel.getByRole('article').filter({hasText: 'DRILL · Fault detected'}).filter({hasText: 'replication lag alert'}).first().waitFor();
        expect(await panel.getByRole('button', {name: 'Detected'}).count()).toBe(0);
        await screenshot(page, 'gameday');
    });
});
