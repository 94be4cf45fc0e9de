import {Fragment, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {styles} from '../common/styles';

import {PersonChip} from './person_chip';
import {ZonedTime} from './zoned_time';

type Props = {entry: OnCallNow; avatarOf: (username: string) => string | null};

/** Whoever holds the schedule now, and until when in both the viewer's and the schedule's zone. */
export function OncallHolders({entry, avatarOf}: Props) {
    return (
        <p style={holderStyles.line}>
            {/* A space after each person, for screen readers and copy-paste; the flex layout ignores it. */}
            {entry.users.map((u) => <Fragment key={u}><PersonChip username={u} avatarUrl={avatarOf(u)}/>{' '}</Fragment>)}
            {entry.until && (
                <span style={styles.muted}>
                    <FormattedMessage id='oncall.until' defaultMessage='until {time}' values={{time: <ZonedTime iso={entry.until} zone={entry.timeZone}/>}}/>
                </span>
            )}
        </p>
    );
}

const holderStyles = {
    line: {display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, margin: 0},
} satisfies Record<string, CSSProperties>;
