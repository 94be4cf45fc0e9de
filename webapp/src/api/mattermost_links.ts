// Mattermost's channel route accepts a channel id where the name usually goes and redirects.
export const channelPath = (teamName: string, channelId: string): string =>
    `/${encodeURIComponent(teamName)}/channels/${encodeURIComponent(channelId)}`;
