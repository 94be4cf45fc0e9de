import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {OnCallNow} from '../../../../server-ts/src/contract/summary';

import {ZonedTime} from './zoned_time';

/** Nobody covers the schedule right now: announced (role alert) and red, with when the gap began. */
export function OncallGap({entry}: {entry: OnCallNow}) {
    return (
        <p role='alert' style={gapStyles.line}>
            <i className='icon icon-alert-outline' aria-hidden='true'/>
            <span>
                <FormattedMessage id='oncall.gap' defaultMessage='Nobody is on call for {schedule}' values={{schedule: entry.scheduleName}}/>
                {entry.since && (
                    <>
                        {' '}
                        <FormattedMessage id='oncall.gap.since' defaultMessage='since {time}' values={{time: <ZonedTime iso={entry.since} zone={entry.timeZone}/>}}/>
                    </>
                )}
            </span>
        </p>
    );
}

const gapStyles = {
    line: {display: 'flex', alignItems: 'baseline', gap: 4, margin: 0, fontWeight: 600, color: 'var(--error-text)'},
} satisfies Record<string, CSSProperties>;
