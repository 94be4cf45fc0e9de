import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {logIn, openChannel, post, postMenuAction, sidebarSection, sreSidebar} from './support/host_page.ts';
import {useStack} from './support/stack.ts';

const DAY_MS = 86_400_000;

// Issue 8: resolve an incident, write and publish its review from the sidebar, and find its follow-up on the triage board.
describe.skipIf(isBrowserMissing)('retrospective in the browser', () => {
    const stack = useStack();
    const alicePage = useBrowser();
    const REPORT = /returns 502 Bad Gateway/;

    it('fills and publishes the retrospective; its follow-up lands in the triage queue and the review in the channel', async () => {
        const {page} = alicePage();
        await logIn(page, stack().url, 'alice');
        await openChannel(page, 'Cloud Support');
        await postMenuAction(page, post(page, '').filter({hasText: REPORT}).first(), 'Declare incident');
        const declare = page.getByRole('dialog', {name: 'Declare incident'});
        await declare.getByRole('textbox', {name: 'Title'}).fill('Checkout returns 502');
        await declare.getByRole('button', {name: 'Declare incident'}).click();
        await declare.waitFor({state: 'detached'});
        const panel = sreSidebar(page).getByRole('region', {name: /#\d+ Checkout returns 502/});
        await panel.getByRole('button', {name: 'Resolve'}).click();
        await panel.getByRole('textbox', {name: 'Resolution summary'}).fill('Ingress config reverted');
        await panel.getByRole('button', {name: 'Resolve incident'}).click();

        await panel.getByRole('button', {name: 'Retrospective'}).click();
        const editor = page.getByRole('dialog', {name: /^Retrospective · #\d+ Checkout returns 502/});
        await expect.poll(() => editor.getByRole('textbox', {name: 'Summary'}).inputValue()).toBe('Ingress config reverted');
        await editor.getByRole('textbox', {name: 'Summary'}).fill('An ingress change sent checkout traffic to a dead pool; reverting it fixed it.');
        await editor.getByRole('textbox', {name: 'What went well'}).fill('Support reported it within minutes; the revert was one command.');
        await editor.getByRole('textbox', {name: 'What went badly'}).fill('No alert fired on the 5xx rate.');

        const form = editor.getByRole('form', {name: 'New follow-up'});
        await form.getByRole('textbox', {name: 'Title'}).fill('Alert on the checkout 5xx rate');
        await form.getByRole('combobox', {name: 'Owner'}).fill('bo');
        await form.getByRole('option', {name: '@bob'}).click();
        // A week ahead is a later day in any team time zone.
        await form.getByLabel('Due date').fill(new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10));
        await form.getByRole('combobox', {name: 'OKR category'}).selectOption({label: 'Reliability & Resiliency'});
        await form.getByRole('button', {name: 'Add follow-up'}).click();
        const row = editor.getByRole('row').filter({hasText: 'Alert on the checkout 5xx rate'});
        await row.filter({hasText: '@bob'}).filter({hasText: 'Accepted'}).waitFor();
        await editor.getByRole('button', {name: 'Save draft'}).click();
        await editor.getByRole('status').filter({hasText: /^Draft · saved/}).waitFor();
        // The picture starts at the top of the review, where the reader does.
        await page.evaluate("document.querySelector('[role=dialog]').scrollTop = 0");
        await screenshot(page, 'retrospective_editor');

        await editor.getByRole('button', {name: 'Publish'}).click();
        await editor.getByRole('button', {name: 'Publish retrospective'}).click();
        await editor.getByRole('status').filter({hasText: /^Published/}).waitFor();
        expect(await editor.getByRole('textbox', {name: 'Summary'}).getAttribute('readonly')).not.toBeNull();
        await editor.getByRole('button', {name: 'Close'}).click();
        await editor.waitFor({state: 'detached'});

        const channel = page.getByRole('main');
        const published = channel.getByRole('article').filter({hasText: /Retrospective: incident \d+ — Checkout returns 502/});
        await published.filter({hasText: 'No alert fired on the 5xx rate.'}).first().waitFor();
        const triage = sidebarSection(page, 'Triage');
        await triage.getByRole('button', {name: 'Queue'}).click();
        await triage.getByText('Alert on the checkout 5xx rate').waitFor();
        await sidebarSection(page, 'Follow-ups').getByText('1 open, none overdue').waitFor();
    });
});
