import {Fragment, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {styles} from '../common/styles';

import {PersonChip} from './person_chip';
import {ZonedTime} from './zoned_time';

type Props = {next: NonNullable<OnCallNow['next']>; zone: string; avatarOf: (username: string) => string | null};

/** Who takes over next and when; a coming gap is red so it is fixed before it starts. */
export function OncallNext({next, zone, avatarOf}: Props) {
    const time = <ZonedTime iso={next.at} zone={zone}/>;
    if (next.users.length === 0) {
        return (
            <p style={{...nextStyles.line, ...styles.danger}}>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                <FormattedMessage id='oncall.next.gap' defaultMessage='Then nobody, from {time}' values={{time}}/>
            </p>
        );
    }
    return (
        <p style={{...nextStyles.line, ...styles.muted}}>
            <FormattedMessage
                id='oncall.next'
                defaultMessage='Next: {people} from {time}'
                values={{people: next.users.map((u, i) => <Fragment key={u}>{i > 0 && ' '}<PersonChip username={u} avatarUrl={avatarOf(u)}/></Fragment>), time}}
            />
        </p>
    );
}

const nextStyles = {
    line: {display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, margin: 0, fontSize: 12},
} satisfies Record<string, CSSProperties>;
