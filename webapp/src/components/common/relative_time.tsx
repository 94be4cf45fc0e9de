import {DateTime} from 'luxon';
import {useIntl} from 'react-intl';

import {useSreEnv} from './sre_env';

/** "in 3 hours" / "2 days ago" in the viewer's language; the exact local time is in the tooltip. */
export function RelativeTime({iso}: {iso: string}) {
    const {locale} = useIntl();
    const {now} = useSreEnv();
    const at = DateTime.fromISO(iso).setLocale(locale);
    if (!at.isValid) {
        return null;
    }
    return (
        <time dateTime={iso} title={at.toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY)}>
            {at.toRelative({base: now()})}
        </time>
    );
}
