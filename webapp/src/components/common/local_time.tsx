import {DateTime} from 'luxon';
import {useIntl} from 'react-intl';

/** An instant shown in the viewer's own time zone (luxon's default zone is the browser's). */
export function LocalTime({iso}: {iso: string}) {
    const {locale} = useIntl();
    const at = DateTime.fromISO(iso).setLocale(locale);
    if (!at.isValid) {
        return null;
    }
    return <time dateTime={iso}>{at.toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY)}</time>;
}
