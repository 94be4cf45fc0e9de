import {DateTime} from 'luxon';
import {FormattedMessage, useIntl} from 'react-intl';

import {useSreEnv} from '../common/sre_env';

import {isSameWallTime, shortTime, zoneCity} from './time_format';
import {useViewerZone} from './use_viewer_zone';

/**
 * An instant in the viewer's own zone, and in the schedule's zone too when the wall clocks there differ
 * ("10:00 AM (11:00 AM Berlin)"), so a hand-off reads right for the viewer and for the team it belongs to.
 */
export function ZonedTime({iso, zone}: {iso: string; zone: string}) {
    const {locale} = useIntl();
    const now = useSreEnv().now();
    const viewerZone = useViewerZone();
    const mine = DateTime.fromISO(iso, {zone: viewerZone, locale});
    if (!mine.isValid) {
        return null;
    }
    const title = mine.toLocaleString(DateTime.DATETIME_FULL);
    const own = <time dateTime={iso} title={title}>{shortTime(mine, now)}</time>;
    if (isSameWallTime(iso, viewerZone, zone)) {
        return own;
    }
    const theirs = DateTime.fromISO(iso, {zone, locale});
    return (
        <FormattedMessage
            id='oncall.time.twoZones'
            defaultMessage='{own} ({other} {city})'
            values={{own, other: shortTime(theirs, now), city: zoneCity(zone)}}
        />
    );
}
