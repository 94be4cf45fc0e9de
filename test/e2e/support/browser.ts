import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {afterAll, afterEach, beforeAll, beforeEach, expect} from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
// Keeps the headless browser off the network and quiet: the suite must run offline and fast.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'];
// Like Mattermost's web app, the host page asks who is logged in before it shows the login form.
const LOGGED_OUT_PROBE = /status of 401 \(Unauthorized\) \(http:\/\/[^)]+\/api\/v4\/users\/me\)$/;
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

function isChromiumMissing(): boolean {
    if (existsSync(CHROMIUM)) {
        return false;
    }
    // CI installs Chromium (.ci/run); a missing browser there is a broken machine, not a reason to skip.
    if (process.env.CI === 'true') {
        throw new Error(`The browser suite needs ${CHROMIUM} under CI=true (apt-get install chromium)`);
    }
    console.warn(`SKIPPED: browser suite (no ${CHROMIUM}; apt-get install chromium)`);
    return true;
}

/** For `describe.skipIf`: true when Chromium is absent outside CI (and says so once, loudly). */
export const isBrowserMissing = isChromiumMissing();

/** The current test's page, and the browser errors it may expect (e.g. a 502 while the companion is down). */
export type TestPage = {page: Page; allowConsoleErrors: (pattern: RegExp) => void};

/**
 * One Chromium per file, a fresh logged-out page per test. A page error or an unexpected console error
 * fails the test that caused it, so a plugin crash cannot hide behind a passing assertion.
 */
export function useBrowser(): () => TestPage {
    let profile = '';
    let context: BrowserContext | null = null;
    let current: (TestPage & {problems: string[]}) | null = null;

    beforeAll(async () => {
        // Playwright refuses --user-data-dir in args; a persistent context takes the profile directory instead.
        profile = await mkdtemp(join(tmpdir(), 'sre-e2e-profile-'));
        context = await chromium.launchPersistentContext(profile, {executablePath: CHROMIUM, headless: true, args: ARGS,
            viewport: {width: 1440, height: 900}});
    });
    beforeEach(async () => {
        if (!context) {
            throw new Error('Chromium did not start (see beforeAll)');
        }
        await context.clearCookies();
        current = trackProblems(await context.newPage());
    });
    afterEach(async () => {
        const finished = current;
        current = null;
        await finished?.page.close();
        expect(finished?.problems ?? [], 'errors in the browser during this test').toEqual([]);
    });
    afterAll(async () => {
        await context?.close();
        if (profile) {
            await rm(profile, {recursive: true, force: true});
        }
    });
    return () => {
        if (!current) {
            throw new Error('No page: call the getter inside a test');
        }
        return current;
    };
}

function trackProblems(page: Page): TestPage & {problems: string[]} {
    const problems: string[] = [];
    const allowed: RegExp[] = [LOGGED_OUT_PROBE];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        const {url} = message.location();
        // React logs the whole component stack; its first line says what broke.
        const firstLine = message.text().split('\n')[0] ?? '';
        const text = url ? `${firstLine} (${url})` : firstLine;
        if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(text))) {
            problems.push(`console error: ${text}`);
        }
    });
    return {page, problems, allowConsoleErrors: (pattern) => allowed.push(pattern)};
}

/** Saves test/e2e/artifacts/<name>.png (git-ignored); the README's screenshot comes from here. */
export async function screenshot(page: Page, name: string): Promise<void> {
    await mkdir(ARTIFACTS, {recursive: true});
    await page.screenshot({path: join(ARTIFACTS, `${name}.png`)});
}
