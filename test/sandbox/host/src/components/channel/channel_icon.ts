import type {Channel} from '@mattermost/types/channels';

// Mattermost marks a public channel with a globe, a private one with a lock and a direct message with a person.
export function channelIconClass(channel: Channel): string {
    switch (channel.type) {
    case 'P':
        return 'icon icon-lock-outline';
    case 'D':
        return 'icon icon-account-outline';
    default:
        return 'icon icon-globe';
    }
}
