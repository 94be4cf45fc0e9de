// Manual check of the built host page in Debian Chromium against the sandbox server:
//   npx tsx test/sandbox/host/scripts/browser_smoke.ts [port] [screenshotDir]
// Logs in as alice, waits for channels and posts, opens the plugin RHS when the bundle registered one,
// switches to Onyx, and saves screenshots. Not part of `npm test` (the e2e suite owns browser flows).
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {chromium} from 'playwright-core';
import type {Page} from 'playwright-core';

import {startSandbox} from '../../server/index';

const port = Number(process.argv[2] ?? 9150);
const outDir = process.argv[3] ?? '/tmp';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'];

async function logIn(page: Page, url: string) {
    await page.goto(url);
    await page.getByLabel('Username').fill('alice');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByRole('button', {name: 'Log in'}).click();
    await page.getByRole('navigation', {name: 'Channels'}).getByRole('link', {name: 'Town Square'}).waitFor();
    await page.getByRole('article').first().waitFor();
}

// A post made through the REST API by another user must appear without reload (WebSocket `posted`).
async function postAsBob(url: string, bob: {token: string}, page: Page) {
    const me = await (await fetch(`${url}/api/v4/users/me/teams`, {headers: {Authorization: `Bearer ${bob.token}`}})).json() as Array<{id: string}>;
    const teamId = me[0]?.id ?? '';
    const channel = await (await fetch(`${url}/api/v4/teams/${teamId}/channels/name/town-square`, {headers: {Authorization: `Bearer ${bob.token}`}})).json() as {id: string};
    const res = await fetch(`${url}/api/v4/posts`, {method: 'POST', headers: {Authorization: `Bearer ${bob.token}`, 'Content-Type': 'application/json'},
        body: JSON.stringify({channel_id: channel.id, message: 'live from bob'})});
    console.log('bob posted:', res.status);
    await page.getByRole('article').filter({hasText: 'live from bob'}).waitFor();
}

async function main() {
    const sandbox = await startSandbox({port});
    const profile = await mkdtemp(join(tmpdir(), 'host-smoke-'));
    const browser = await chromium.launchPersistentContext(profile, {executablePath: '/usr/bin/chromium', headless: true, args: ARGS,
        viewport: {width: 1440, height: 900}});
    try {
        const page = await browser.newPage();
        page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
        page.on('pageerror', (e) => console.log(`[browser pageerror] ${e.message}`));
        await logIn(page, sandbox.url);
        console.log('channels:', await page.getByRole('navigation', {name: 'Channels'}).getByRole('link').allTextContents());
        console.log('posts in view:', await page.getByRole('article').count());
        await postAsBob(sandbox.url, await sandbox.login('bob'), page);
        const box = page.getByRole('textbox', {name: 'Write to Town Square'});
        await box.fill('hello from alice');
        await box.press('Enter');
        await page.getByRole('article').filter({hasText: 'hello from alice'}).waitFor();
        console.log('live post from bob and own post shown');
        await page.screenshot({path: join(outDir, 'host_denim.png')});

        const appBarButtons = page.getByRole('navigation', {name: 'App Bar'}).getByRole('button');
        console.log('app bar:', await appBarButtons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))));
        if (await appBarButtons.count() > 0) {
            await appBarButtons.first().click();
            await page.getByRole('complementary').waitFor();
            await page.screenshot({path: join(outDir, 'host_rhs.png')});
        }
        await page.getByLabel('Theme').selectOption('onyx');
        await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--center-channel-bg') === '#191b1f');
        await page.screenshot({path: join(outDir, 'host_onyx.png')});
    } finally {
        await browser.close();
        await sandbox.close();
        await rm(profile, {recursive: true, force: true});
    }
}

main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
});
