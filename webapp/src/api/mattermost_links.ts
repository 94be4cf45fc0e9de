// Mattermost's channel route accepts a channel id where the name usually goes and redirects.
export const channelPath = (teamName: string, channelId: string): string =>
    `/${encodeURIComponent(teamName)}/channels/${encodeURIComponent(channelId)}`;

/** Switches channel through the host's router; a full page load only when the host has none. */
export function goTo(path: string, siteUrl: string): void {
    const history = window.WebappUtils?.browserHistory;
    if (history) {
        history.push(path);
    } else {
        window.location.assign(`${siteUrl.replace(/\/+$/, '')}${path}`);
    }
}
