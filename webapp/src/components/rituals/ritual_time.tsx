import {DateTime} from 'luxon';
import {useIntl} from 'react-intl';

import {useSreEnv} from '../common/sre_env';
import {shortTime} from '../oncall/time_format';
import {useViewerZone} from '../oncall/use_viewer_zone';

/**
 * An occurrence in the viewer's own time, as short as the sidebar needs; the tooltip gives it where the ritual is
 * held ("Mon, Jan 6, 2025, 10:00 AM in Europe/Berlin"), the time its invitation says. zone null: not known here.
 */
export function RitualTime({iso, zone}: {iso: string; zone: string | null}) {
    const {formatMessage, locale} = useIntl();
    const now = useSreEnv().now();
    const viewerZone = useViewerZone();
    const mine = DateTime.fromISO(iso, {zone: viewerZone, locale});
    if (!mine.isValid) {
        return null;
    }
    const theirs = zone === null ? null : DateTime.fromISO(iso, {zone, locale});
    const title = theirs?.isValid ?
        formatMessage({id: 'rituals.time.ownZone', defaultMessage: '{time} in {zone}'}, {time: theirs.toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY), zone}) :
        mine.toLocaleString(DateTime.DATETIME_FULL);
    return <time dateTime={iso} title={title}>{shortTime(mine, now)}</time>;
}
