import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {appBarButton, logIn, messageBox, openChannel, post, postMenuAction, sidebarSection} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

// Issue 6: carol sends her message to triage, alice triages it by keyboard, carol and bob see the outcome live.
describe.skipIf(isBrowserMissing)('triage in the browser', () => {
    const stack = useStack();
    const carolPage = useBrowser();
    const alicePage = useBrowser();
    const bobPage = useBrowser();
    const ASK = 'Could someone automate the nightly restore test of the billing database?';

    async function openTriageSection(page: Page, username: string) {
        await logIn(page, stack().url, username);
        await appBarButton(page, 'SRE Toolkit').click();
        const section = sidebarSection(page, 'Triage');
        await section.waitFor();
        return section;
    }

    it('sends a message to triage, is accepted by keys, and tells carol in her thread while bob watches', async () => {
        const {page: carol} = carolPage();
        const {page: alice} = alicePage();
        const {page: bob} = bobPage();

        await logIn(carol, stack().url, 'carol');
        const support = await openChannel(carol, 'Cloud Support');
        await messageBox(carol, 'Cloud Support').fill(ASK);
        await messageBox(carol, 'Cloud Support').press('Enter');
        const ask = post(carol, ASK).first();
        await postMenuAction(carol, ask, 'Send to SRE triage');
        const form = carol.getByRole('dialog', {name: 'New request'});
        await form.getByRole('button', {name: 'Send to SRE triage'}).click();
        await form.getByRole('status').filter({hasText: 'On the board as #1'}).waitFor();
        await form.getByRole('button', {name: 'Close'}).click();
        await support.getByRole('article').filter({hasText: 'Sent to SRE triage as request #1'}).waitFor();

        const bobTriage = await openTriageSection(bob, 'bob');
        await bobTriage.getByRole('button', {name: 'Queue'}).click();
        await bobTriage.getByText(/New 1 · Accepted 0/).waitFor();

        const aliceTriage = await openTriageSection(alice, 'alice');
        await aliceTriage.getByRole('button', {name: 'Triage 1 new'}).click();
        const modal = alice.getByRole('dialog', {name: 'Triage'});
        const card = modal.getByRole('article', {name: /#1 /});
        await card.getByText('Asked by @carol').waitFor();
        await alice.keyboard.press('2');
        await expect.poll(() => modal.getByRole('button', {name: 'P2'}).getAttribute('aria-pressed')).toBe('true');
        await modal.getByRole('combobox', {name: 'Category'}).selectOption({label: 'Automation'});
        // An accepted request needs an ownership area (domain/triage_decisions.ts), which the flow in the issue leaves out.
        await modal.getByRole('combobox', {name: 'Ownership area'}).selectOption({label: 'Cloud user-facing services'});
        await modal.getByRole('combobox', {name: 'Owner', exact: true}).fill('bo');
        await modal.getByRole('option', {name: '@bob'}).click();
        // Letters typed in a field are text; the shortcuts work once focus is back on the request.
        await card.click();
        await screenshot(alice, 'triage_modal');
        await alice.keyboard.press('a');
        await modal.getByText('Nothing more to triage. Well done.').waitFor();

        await support.getByRole('article').filter({hasText: 'Request #1 is accepted (P2, Automation), owner @bob.'}).waitFor();
        await bobTriage.getByText(/New 0 · Accepted 1/).waitFor();
        await bobTriage.getByRole('combobox', {name: 'Owner', exact: true}).selectOption({label: '@bob'});
        await bobTriage.getByRole('combobox', {name: 'Status', exact: true}).selectOption({label: 'Accepted'});
        // bob opens his request from its row and starts it; the timeline tells the story.
        await bobTriage.getByRole('button', {name: /^P2 #1 /}).click();
        const bobModal = bob.getByRole('dialog', {name: 'Triage'});
        await bobModal.getByRole('button', {name: /^Start/}).click();
        const timeline = bobModal.getByRole('region', {name: 'Timeline'});
        await timeline.getByText('Work started by @bob').waitFor();
        await timeline.getByText(/Accepted/).first().waitFor();
        await screenshot(bob, 'triage_request_started');
    });
});
