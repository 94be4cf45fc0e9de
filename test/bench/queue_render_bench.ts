import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Page} from 'playwright-core';
import {appBarButton, logIn, sidebarSection} from '../e2e/support/host_page.ts';
import {spreadOf, type Spread} from './stats.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'];
const RUNS = 15;

export type QueueRenderFigures = {rows: number; firstOpenMs: number; fetchMs: number; renderMs: Spread; scrollMs: Spread};

// In-page helpers, written as plain JavaScript: tsx would wrap TypeScript functions in its own helpers, which
// do not exist in the page. clickAndPaint clicks and waits until the list shows rows (React renders a click's
// update at once) and then for the next frame, the one that paints them; scrollAndPaint jumps the virtual list
// and waits for the frame that shows the rows there.
const PAGE_HELPERS = `
window.sreBench = {
    painted: () => new Promise((resolve) => requestAnimationFrame(resolve)),
    async clickAndPaint(label) {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
        const start = performance.now();
        button.click();
        await new Promise(function check(resolve) {
            document.querySelector('ul[aria-label="Requests"] li') ? resolve() : requestAnimationFrame(() => check(resolve));
        });
        await this.painted();
        return performance.now() - start;
    },
    async scrollAndPaint(top) {
        const viewport = document.querySelector('ul[aria-label="Requests"]').parentElement;
        const start = performance.now();
        viewport.scrollTop = top;
        viewport.dispatchEvent(new Event('scroll'));
        await this.painted();
        return performance.now() - start;
    },
    hideQueue() {
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Queue' && b.getAttribute('aria-expanded') === 'true')?.click();
    },
    lastQueueFetchMs() {
        const last = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/triage')).at(-1);
        return last ? last.responseEnd - last.startTime : NaN;
    },
    rows: () => document.querySelector('ul[aria-label="Requests"]')?.children.length ?? 0,
};`;
const inPage = (page: Page, call: string): Promise<number> => page.evaluate(`window.sreBench.${call}`);

/**
 * The sidebar's queue with every request (5,000 in the bench) in real Chromium with the real bundle: the first
 * open (fetch included, and the fetch alone from Resource Timing), then re-opening from the store (the render
 * alone) and jumping through the virtual list.
 */
export async function benchQueueRender(url: string): Promise<QueueRenderFigures> {
    const profile = await mkdtemp(join(tmpdir(), 'sre-bench-profile-'));
    const context = await chromium.launchPersistentContext(profile, {executablePath: CHROMIUM, headless: true, args: ARGS, viewport: {width: 1440, height: 900}});
    try {
        const page = await context.newPage();
        await logIn(page, url, 'alice');
        await appBarButton(page, 'SRE Toolkit').click();
        await sidebarSection(page, 'Triage').waitFor();
        await page.evaluate(PAGE_HELPERS);
        const firstOpenMs = await inPage(page, "clickAndPaint('Queue')");
        const fetchMs = await inPage(page, 'lastQueueFetchMs()');
        const rows = await inPage(page, 'rows()');
        const renderMs: number[] = [];
        const scrollMs: number[] = [];
        for (let i = 0; i < RUNS; i++) {
            await inPage(page, 'hideQueue()');
            renderMs.push(await inPage(page, "clickAndPaint('Queue')"));
            scrollMs.push(await inPage(page, `scrollAndPaint(${((i * 7919) % 5000) * 32})`));
        }
        return {rows, firstOpenMs, fetchMs, renderMs: spreadOf(renderMs), scrollMs: spreadOf(scrollMs)};
    } finally {
        await context.close();
        await rm(profile, {recursive: true, force: true});
    }
}
