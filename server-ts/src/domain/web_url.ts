// A link people can open from Mattermost: an absolute http or https address (no javascript:, file: or relative paths).
export function isWebUrl(text: string): boolean {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
        return false;
    }
}
