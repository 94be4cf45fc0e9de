import type {GlobalState} from '@mattermost/types/store';
import {Settings} from 'luxon';
import {useSelector} from 'react-redux';

import {zoneOfProfile} from './time_format';

/** The viewer's own time zone: the one set in their Mattermost profile, else the browser's (luxon's default). */
export function useViewerZone(): string {
    const chosen = useSelector((s: GlobalState) => zoneOfProfile(s.entities.users.profiles[s.entities.users.currentUserId]?.timezone));
    return chosen ?? Settings.defaultZone.name;
}
