import {readFile} from 'node:fs/promises';

import type {Locator} from 'playwright-core';
import {describe, expect, it} from 'vitest';

import {isBrowserMissing, screenshot, useBrowser} from './support/browser.ts';
import {appBarButton, logIn, sidebarSection, sreSidebar} from './support/host_page.ts';
import {REVIEW_WEEKS, seedReviewWeeks, type MakeChannel} from './support/review_rows.ts';
import {useStack} from './support/stack.ts';

// Issue 8: the KPI section of the sidebar and the SRE review page, over six weeks of seeded incidents, pages and requests.
describe.skipIf(isBrowserMissing)('SRE review', () => {
    const stack = useStack();
    const browser = useBrowser();

    // The incident channels exist in Mattermost, as a declaration would have made them, so the review can link them.
    async function channelMaker(): Promise<MakeChannel> {
        const {url, sandbox} = stack();
        const alice = await sandbox.login('alice');
        const headers = {'Authorization': `Bearer ${alice.token}`, 'Content-Type': 'application/json'};
        const team = await (await fetch(`${url}/api/v4/teams/name/sre`, {headers})).json() as {id: string};
        return async (name, displayName) => {
            const res = await fetch(`${url}/api/v4/channels`, {method: 'POST', headers,
                body: JSON.stringify({team_id: team.id, name, display_name: displayName, type: 'O'})});
            if (!res.ok) {
                throw new Error(`creating ${name} answered ${res.status}: ${await res.text()}`);
            }
            return (await res.json() as {id: string}).id;
        };
    }

    // The figures a chart says to screen readers, week by week ("Incidents: Oct 6 0, Oct 13 2, …" → ['0', '2', …]).
    const spokenFigures = async (chart: Locator) =>
        ((await chart.getAttribute('aria-label')) ?? '').replace(/^[^:]*: /, '').split(', ').map((week) => week.replace(/^\S+ \S+ /, ''));

    it('shows four weeks of KPIs in the sidebar, twelve on the review page, and the incidents behind a week', async () => {
        await seedReviewWeeks(stack().companion.db, new Date(), await channelMaker());
        const {page} = browser();
        await page.setViewportSize({width: 1280, height: 800});
        await logIn(page, stack().url, 'alice');
        await appBarButton(page, 'SRE Toolkit').click();

        // The sidebar: the last three seeded weeks and the running one, whose figures it shows.
        const kpis = sidebarSection(page, 'KPIs');
        const incidentBars = kpis.getByRole('img', {name: /^Incidents: /});
        await incidentBars.waitFor();
        expect(await spokenFigures(incidentBars)).toEqual(['0', '2', '2', '1']);
        expect(await spokenFigures(kpis.getByRole('img', {name: /^Pages: /}))).toEqual(['1', '3', '4', '2']);
        await expect.poll(() => kpis.getByRole('row', {name: /^MTTA/}).getByRole('cell').last().textContent()).toBe('5 m');
        await kpis.getByRole('rowheader', {name: 'MTTR'}).waitFor();
        await kpis.scrollIntoViewIfNeeded();
        await screenshot(page, 'sre_review_sidebar');

        await kpis.getByRole('button', {name: 'Open SRE review'}).click();
        const review = page.getByRole('region', {name: 'SRE review'});
        await review.getByText('each from Monday 00:00 (UTC)', {exact: false}).waitFor();
        expect(new URL(page.url()).pathname).toBe('/sre/com.mattermost.sre-toolkit/review');
        // One chart per KPI, each over twelve weeks: five quiet ones, the seeded six, and the running week.
        const charts = review.getByRole('img');
        await expect.poll(() => charts.count()).toBe(12);
        expect(await spokenFigures(review.getByRole('img', {name: /^Incidents: /}))).toEqual(
            ['0', '0', '0', '0', '0', ...REVIEW_WEEKS.map((w) => String(w.incidents.length)), '1']);
        expect(await spokenFigures(review.getByRole('img', {name: /^MTTA: /}))).toEqual(
            [...Array<string>(5).fill('no data'), '8 m', '6 m', '9 m', 'no data', '11 m', '5 m', '5 m']);

        // The last finished week is chosen at first; another week's button shows what is behind that one.
        const weeks = review.getByRole('group', {name: 'Weeks'});
        await expect.poll(() => weeks.getByRole('button', {pressed: true}).textContent()).toBe(await weeks.getByRole('button').nth(10).textContent());
        await review.getByRole('region', {name: 'Incidents (2)'}).getByText('#', {exact: false}).first().waitFor();
        await weeks.getByRole('button').nth(7).click();
        const incidents = review.getByRole('region', {name: 'Incidents (3)'});
        await incidents.getByText('Login page times out for EU tenants').waitFor();
        await expect.poll(() => review.getByRole('region', {name: 'Pages (5)'}).getByText('off-hours').count()).toBe(2);
        await review.getByRole('region', {name: 'Requests (2)'}).getByText('SLA breached').waitFor();
        await screenshot(page, 'sre_review_with_sidebar');

        await sreSidebar(page).getByRole('button', {name: 'Close'}).click();
        await review.getByRole('heading', {name: 'SRE review'}).scrollIntoViewIfNeeded();
        await screenshot(page, 'sre_review');

        // The export is the companion's CSV, fetched by the browser with the session cookie.
        const [download] = await Promise.all([page.waitForEvent('download'), review.getByRole('link', {name: 'Export CSV'}).click()]);
        const csv = await readFile(await download.path(), 'utf8');
        expect(download.suggestedFilename()).toMatch(/\.csv$/);
        expect(csv.trim().split('\n')).toHaveLength(13);

        // Dark themes too: the charts take every colour from the theme's variables.
        await page.getByLabel('Theme').selectOption('onyx');
        await expect.poll(() => charts.first().locator('rect[rx]').last().evaluate((el) => getComputedStyle(el).fill)).toBe('rgba(74, 124, 232, 0.4)');
        await screenshot(page, 'sre_review_onyx');

        // The incident's channel link opens its channel in place.
        await incidents.getByRole('link', {name: '~incident-login-page-times-out-for-eu-tenants'}).click();
        await page.getByRole('main', {name: 'Login page times out for EU tenants'}).waitFor();
    });
});
