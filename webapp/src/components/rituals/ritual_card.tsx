import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {RitualView} from '../../../../server-ts/src/contract/rituals';
import {RelativeTime} from '../common/relative_time';
import {styles} from '../common/styles';

import {AgendaPreview} from './agenda_preview';
import {CadenceText} from './cadence_text';
import {RitualTime} from './ritual_time';

type Props = {ritual: RitualView; onEdit: (() => void) | null};

/** One ritual: when it is held, its next occurrences in the viewer's time, its last agenda, and Edit for SREs. */
export function RitualCard({ritual, onEdit}: Props) {
    const {formatMessage} = useIntl();
    return (
        <li aria-label={ritual.name} style={cardStyles.card}>
            <div style={styles.row}>
                <strong style={cardStyles.name}>{ritual.name}</strong>
                {!ritual.isActive && <span style={styles.badge}><FormattedMessage id='rituals.paused' defaultMessage='Paused'/></span>}
                {onEdit && (
                    <button type='button' style={cardStyles.action} onClick={onEdit}
                        aria-label={formatMessage({id: 'rituals.editRitual', defaultMessage: 'Edit {name}'}, {name: ritual.name})}>
                        <FormattedMessage id='rituals.editShort' defaultMessage='Edit'/>
                    </button>
                )}
            </div>
            <p style={styles.muted}><CadenceText cadence={ritual.cadence} zone={ritual.timeZone}/>{` · ~${ritual.channelName}`}</p>
            {ritual.isActive && ritual.nextOccurrences.length > 0 && (
                <p style={styles.muted}>
                    <FormattedMessage id='rituals.next' defaultMessage='Next: {times}' values={{times: <NextTimes ritual={ritual}/>}}/>
                </p>
            )}
            {ritual.lastRun && (
                <p style={styles.muted}>
                    <FormattedMessage id='rituals.lastRun' defaultMessage='Last agenda posted {time}' values={{time: <RelativeTime iso={ritual.lastRun.postedAt}/>}}/>
                    {ritual.lastRun.late && <span style={styles.danger}>{' · '}<FormattedMessage id='rituals.lastRun.late' defaultMessage='late'/></span>}
                </p>
            )}
            <AgendaPreview ritualId={ritual.id} name={ritual.name} zone={ritual.timeZone}/>
        </li>
    );
}

function NextTimes({ritual}: {ritual: RitualView}) {
    return (
        <>
            {ritual.nextOccurrences.map((iso, i) => (
                <span key={iso}>{i > 0 && ' · '}<RitualTime iso={iso} zone={ritual.timeZone}/></span>
            ))}
        </>
    );
}

const cardStyles = {
    card: {display: 'flex', flexDirection: 'column', gap: 2, paddingBottom: 8, borderBottom: '1px solid rgba(var(--center-channel-color-rgb), 0.08)'},
    name: {flex: 1, minWidth: 0, color: 'var(--center-channel-color)'},
    action: {border: 0, background: 'none', color: 'var(--link-color)', cursor: 'pointer', padding: '0 2px', fontSize: 12},
} satisfies Record<string, CSSProperties>;
