import type {Locator, Page} from 'playwright-core';

import {SANDBOX_PASSWORD} from '../../sandbox/server/index.ts';

// Roles and names the sandbox host page gives Mattermost's regions; the flows read nothing else.

export async function logIn(page: Page, url: string, username: string): Promise<void> {
    await page.goto(url);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(SANDBOX_PASSWORD);
    await page.getByRole('button', {name: 'Log in'}).click();
    await channelLink(page, 'Town Square').waitFor();
}

export const channelLink = (page: Page, displayName: string): Locator =>
    page.getByRole('navigation', {name: 'Channels'}).getByRole('link', {name: displayName});

/** Opens a channel from the sidebar and waits until the centre shows its messages. */
export async function openChannel(page: Page, displayName: string): Promise<Locator> {
    await channelLink(page, displayName).click();
    const main = page.getByRole('main', {name: displayName});
    await main.waitFor();
    return main;
}

export const post = (page: Page, text: string): Locator => page.getByRole('article').filter({hasText: text});

export const messageBox = (page: Page, channelDisplayName: string): Locator =>
    page.getByRole('textbox', {name: `Write to ${channelDisplayName}`});

export const sreSidebar = (page: Page): Locator => page.getByRole('complementary', {name: 'SRE Toolkit'});

export const sidebarSection = (page: Page, title: string): Locator => sreSidebar(page).getByRole('region', {name: title});

export const liveIndicator = (page: Page): Locator => sreSidebar(page).getByRole('status', {name: 'Live updates'});

export const appBarButton = (page: Page, label: string): Locator =>
    page.getByRole('navigation', {name: 'App Bar'}).getByRole('button', {name: label});

/** Reads a theme variable as the plugin's inline styles see it. */
export const themeVariable = (page: Page, name: string): Promise<string> =>
    page.evaluate((variable) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim(), name);

/**
 * A channel header plugin action: a button while the plugin registers one, a "Channel plugins" menu item
 * once there are several (the host collapses them as Mattermost does).
 */
export async function clickHeaderAction(page: Page, {dropdownText, tooltipText}: {dropdownText: string; tooltipText: string}): Promise<void> {
    const menu = page.getByRole('button', {name: 'Channel plugins'});
    const button = page.getByRole('button', {name: tooltipText});
    // The plugin registers its buttons once its bundle has loaded: wait for either form before choosing.
    await menu.or(button).first().waitFor();
    if (await menu.isVisible()) {
        await menu.click();
        await page.getByRole('menuitem', {name: dropdownText}).click();
        return;
    }
    await button.click();
}

/** Opens a post's ⋯ menu and picks a plugin action. */
export async function postMenuAction(page: Page, article: Locator, action: string): Promise<void> {
    await article.hover();
    await article.getByRole('button', {name: 'More actions'}).click();
    await page.getByRole('menuitem', {name: action}).click();
}
