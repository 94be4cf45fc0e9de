import {DateTime} from 'luxon';
import {FormattedMessage, useIntl} from 'react-intl';

import {useSreEnv} from './sre_env';

// Below this, luxon would say "0 seconds ago", which reads like a glitch.
const JUST_NOW_MS = 45_000;

/** "in 3 hours" / "2 days ago" in the viewer's language; the exact local time is in the tooltip. */
export function RelativeTime({iso}: {iso: string}) {
    const {locale} = useIntl();
    const {now} = useSreEnv();
    const at = DateTime.fromISO(iso).setLocale(locale);
    if (!at.isValid) {
        return null;
    }
    const base = now();
    return (
        <time dateTime={iso} title={at.toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY)}>
            {Math.abs(at.diff(base).toMillis()) < JUST_NOW_MS ?
                <FormattedMessage id='time.justNow' defaultMessage='just now'/> :
                at.toRelative({base})}
        </time>
    );
}
