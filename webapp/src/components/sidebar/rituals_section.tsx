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
                        <li key={r.id} style={styles.row}>
                            <strong style={styles.grow}>{r.name}</strong>
                            <span style={styles.muted}><LocalTime iso={r.nextAt}/></span>
                            <span style={styles.muted}>{`~${r.channelName}`}</span>
                        </li>
                    ))}
                </ul>
            )}
        </Section>
    );
}
