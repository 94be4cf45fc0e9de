import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {UpcomingRitual} from '../../../../server-ts/src/contract/summary';
import {LocalTime} from '../common/local_time';
import {Section} from '../common/section';
import {styles} from '../common/styles';

/** Upcoming team rituals, at the viewer's own local time. */
export function RitualsSection({rituals}: {rituals: UpcomingRitual[]}) {
    return (
        <Section id='rituals' icon='icon-calendar-outline' title={<FormattedMessage id='sidebar.rituals.title' defaultMessage='Rituals'/>}>
            {rituals.length === 0 ? (
                <p style={styles.muted}><FormattedMessage id='sidebar.rituals.none' defaultMessage='No upcoming rituals'/></p>
            ) : (
                <ul style={styles.list}>
                    {rituals.map((r) => (
                        <li key={r.id} style={ritualStyles.row}>
                            <strong>{r.name}</strong>
                            <span style={styles.muted}><LocalTime iso={r.nextAt}/>{` · ~${r.channelName}`}</span>
                        </li>
                    ))}
                </ul>
            )}
        </Section>
    );
}

// Names like "Incident Review & Knowledge share" need the whole width; when and where go underneath.
const ritualStyles = {
    row: {display: 'flex', flexDirection: 'column', gap: 0, color: 'var(--center-channel-color)'},
} satisfies Record<string, CSSProperties>;
