import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {LocalTime} from '../common/local_time';
import {Section} from '../common/section';
import {styles} from '../common/styles';

/** Who holds each schedule right now; a schedule nobody covers is the loudest row in the sidebar. */
export function OnCallSection({oncall}: {oncall: OnCallNow[]}) {
    return (
        <Section id='oncall' icon='icon-account-multiple-outline' title={<FormattedMessage id='sidebar.oncall.title' defaultMessage='On call'/>}>
            {oncall.length === 0 ? (
                <p style={styles.muted}><FormattedMessage id='sidebar.oncall.none' defaultMessage='No on-call schedules yet'/></p>
            ) : (
                <ul style={styles.list}>
                    {oncall.map((o) => (o.users.length === 0 ? <GapRow key={o.scheduleId} schedule={o}/> : <HolderRow key={o.scheduleId} schedule={o}/>))}
                </ul>
            )}
        </Section>
    );
}

function HolderRow({schedule}: {schedule: OnCallNow}) {
    return (
        <li style={styles.row}>
            <span style={styles.grow}>
                <strong>{schedule.scheduleName}</strong>{' '}
                {schedule.users.map((u) => `@${u}`).join(', ')}
            </span>
            {schedule.until && (
                <span style={styles.muted}>
                    <FormattedMessage
                        id='sidebar.oncall.until'
                        defaultMessage='until {time}'
                        values={{time: <LocalTime iso={schedule.until}/>}}
                    />
                </span>
            )}
        </li>
    );
}

function GapRow({schedule}: {schedule: OnCallNow}) {
    return (
        <li style={{...styles.row, ...gapStyles.row}}>
            <i className='icon icon-alert-outline' aria-hidden='true'/>
            <strong style={styles.grow}>
                <FormattedMessage
                    id='sidebar.oncall.gap'
                    defaultMessage='Nobody is on call for {schedule}'
                    values={{schedule: schedule.scheduleName}}
                />
            </strong>
        </li>
    );
}

const gapStyles = {
    row: {
        color: 'var(--error-text)',
        background: 'rgba(var(--error-text-color-rgb), 0.08)',
        border: '1px solid var(--error-text)',
        borderRadius: 4,
        padding: '4px 8px',
    },
} satisfies Record<string, CSSProperties>;
