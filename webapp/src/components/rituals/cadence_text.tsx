import {useIntl} from 'react-intl';

import type {RitualCadence} from '../../../../server-ts/src/contract/rituals';

import {NTH_LABELS, weekdayName} from './ritual_labels';

/** "Every Monday at 10:00 (Europe/Berlin)", "Last Friday of the month at 14:00 (UTC)": the wall time where the ritual is held. */
export function CadenceText({cadence, zone}: {cadence: RitualCadence; zone: string}) {
    const {formatMessage, locale} = useIntl();
    const values = {weekday: weekdayName(cadence.weekday, locale), time: cadence.time, zone};
    if (cadence.kind === 'weekly') {
        return <>{formatMessage({id: 'rituals.cadence.weekly', defaultMessage: 'Every {weekday} at {time} ({zone})'}, values)}</>;
    }
    return (
        <>
            {formatMessage({id: 'rituals.cadence.monthly', defaultMessage: '{nth} {weekday} of the month at {time} ({zone})'},
                {...values, nth: formatMessage(NTH_LABELS[cadence.nth])})}
        </>
    );
}
