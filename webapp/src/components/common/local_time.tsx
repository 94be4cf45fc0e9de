import {DateTime, type DateTimeFormatOptions} from 'luxon';
import {useIntl} from 'react-intl';

import {useSreEnv} from './sre_env';

const TIME: DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit'};
const WEEKDAY_TIME: DateTimeFormatOptions = {weekday: 'short', ...TIME};
const DATE_TIME: DateTimeFormatOptions = {weekday: 'short', day: 'numeric', month: 'short', ...TIME};

/**
 * An instant in the viewer's own time zone (luxon's default zone is the browser's), as short as stays
 * unambiguous in a narrow sidebar: the time today, weekday and time this week, else the date too.
 */
export function LocalTime({iso}: {iso: string}) {
    const {locale} = useIntl();
    const now = useSreEnv().now();
    const at = DateTime.fromISO(iso).setLocale(locale);
    if (!at.isValid) {
        return null;
    }
    const days = Math.abs(at.startOf('day').diff(now.startOf('day'), 'days').days);
    const format = days === 0 ? TIME : days < 6 ? WEEKDAY_TIME : DATE_TIME;
    return <time dateTime={iso} title={at.toLocaleString(DateTime.DATETIME_FULL)}>{at.toLocaleString(format)}</time>;
}
