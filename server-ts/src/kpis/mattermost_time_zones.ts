import type {UserTimezone} from '@mattermost/types/users';
import {isKnownZone} from '../domain/oncall_wall_clock.js';
import {attempt, botClient4} from '../mattermost/bot_client.js';
import type {TimeZoneOf} from './kpi_service.js';

// The zone Mattermost shows the user in: the automatic one when they chose it (a string "true" from older
// servers), else the manual one; '' or an unknown name counts as none.
export function zoneOfUser(timezone: UserTimezone | undefined): string | null {
    if (timezone === undefined) {
        return null;
    }
    const isAutomatic = timezone.useAutomaticTimezone === true || timezone.useAutomaticTimezone === 'true';
    const zone = isAutomatic ? timezone.automaticTimezone : timezone.manualTimezone;
    return zone !== '' && isKnownZone(zone) ? zone : null;
}

/**
 * The KPIs' port to Mattermost's user time zones, as the bot: one call for all the names. When Mattermost does
 * not answer, everyone falls back to the team's zone, and `onProblem` says so (the figures are then approximate).
 */
export function mattermostTimeZones(mmUrl: string, botToken: string, onProblem: (message: string) => void): TimeZoneOf {
    const client = botClient4(mmUrl, botToken);
    return async (usernames) => {
        if (usernames.length === 0) {
            return new Map();
        }
        const users = await attempt(() => client.getProfilesByUsernames(usernames));
        if (!users.ok) {
            onProblem(`KPIs: user time zones unavailable (${users.error.message}); off-hours pages use the team's zone`);
            return new Map();
        }
        return new Map(users.value.flatMap((u) => {
            const zone = zoneOfUser(u.timezone);
            return zone === null ? [] : [[u.username.toLowerCase(), zone] as const];
        }));
    };
}
