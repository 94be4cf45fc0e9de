import {useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {UpcomingRitual} from '../../../../server-ts/src/contract/summary';
import {Section} from '../common/section';
import {styles} from '../common/styles';
import {RitualTime} from '../rituals/ritual_time';
import {RitualsBody} from '../rituals/rituals_body';

/**
 * Upcoming team rituals at the viewer's own time, from the live summary. Shown, every ritual in full (next
 * occurrences, agendas, the iCal feed, editing for SREs): fetched only then, as the runbook library is.
 */
export function RitualsSection({rituals}: {rituals: UpcomingRitual[]}) {
    const [isOpen, setOpen] = useState(false);
    const toggle = (
        <button type='button' aria-expanded={isOpen} aria-controls='sre-rituals-body' style={ritualStyles.toggle} onClick={() => setOpen(!isOpen)}>
            {isOpen ? <FormattedMessage id='sidebar.rituals.hide' defaultMessage='Hide'/> : <FormattedMessage id='sidebar.rituals.show' defaultMessage='Show'/>}
        </button>
    );
    return (
        <Section id='rituals' icon='icon-calendar-outline' title={<FormattedMessage id='sidebar.rituals.title' defaultMessage='Rituals'/>} aside={toggle}>
            {isOpen ? (
                <div id='sre-rituals-body'><RitualsBody version={rituals.map((r) => `${r.id}@${r.nextAt}`).join(',')}/></div>
            ) : (
                <UpcomingList rituals={rituals}/>
            )}
        </Section>
    );
}

function UpcomingList({rituals}: {rituals: UpcomingRitual[]}) {
    if (rituals.length === 0) {
        return <p style={styles.muted}><FormattedMessage id='sidebar.rituals.none' defaultMessage='No upcoming rituals'/></p>;
    }
    return (
        <ul style={styles.list}>
            {rituals.map((r) => (
                <li key={r.id} style={ritualStyles.row}>
                    <strong>{r.name}</strong>
                    <span style={styles.muted}><RitualTime iso={r.nextAt} zone={r.timeZone}/>{` · ~${r.channelName}`}</span>
                </li>
            ))}
        </ul>
    );
}

// Names like "Incident Review & Knowledge share" need the whole width; when and where go underneath.
const ritualStyles = {
    row: {display: 'flex', flexDirection: 'column', gap: 0, color: 'var(--center-channel-color)'},
    toggle: {border: 0, background: 'none', color: 'var(--link-color)', cursor: 'pointer', fontSize: 12},
} satisfies Record<string, CSSProperties>;
