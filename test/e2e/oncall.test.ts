import type {Page} from 'playwright-core';
import {describe, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {putOnCall} from './support/companion_rows.ts';
import {appBarButton, logIn, sidebarSection} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

// Issue 7: the on-call widget shows who is on call, and a take over changes it for everyone at once.
describe.skipIf(isBrowserMissing)('on call in the browser', () => {
    const stack = useStack();
    const alicePage = useBrowser();
    const bobPage = useBrowser();

    async function openOnCall(page: Page, username: string) {
        await logIn(page, stack().url, username);
        await appBarButton(page, 'SRE Toolkit').click();
        const section = sidebarSection(page, 'On call');
        await section.waitFor();
        return section;
    }

    it('shows the seeded schedule\'s person, and "Take over for 2 hours" moves it for everyone live', async () => {
        await putOnCall(stack().companion.db, 'SRE primary', 'bob');
        const {page: alice} = alicePage();
        const {page: bob} = bobPage();
        const aliceOnCall = await openOnCall(alice, 'alice');
        const bobOnCall = await openOnCall(bob, 'bob');
        const aliceCard = aliceOnCall.getByRole('listitem', {name: 'SRE primary'});
        await aliceCard.getByText('@bob').first().waitFor();
        await bobOnCall.getByRole('listitem', {name: 'SRE primary'}).getByText('@bob').first().waitFor();
        await screenshot(alice, 'oncall_widget');

        await aliceCard.getByRole('button', {name: 'Take over'}).click();
        const form = aliceCard.getByRole('form', {name: 'Take over SRE primary'});
        await form.getByLabel('Hours from now').fill('2');
        await form.getByRole('button', {name: 'Take over'}).click();
        await aliceCard.getByText('You are on call for SRE primary for the next 2 hours.').waitFor();
        await bobOnCall.getByRole('listitem', {name: 'SRE primary'}).getByText('@alice').first().waitFor();

        await aliceCard.getByRole('button', {name: 'Open schedule'}).click();
        const modal = alice.getByRole('dialog', {name: 'SRE primary'});
        await modal.getByText('@alice').first().waitFor();
        await screenshot(alice, 'oncall_schedule');
    });
});
