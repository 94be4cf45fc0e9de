import type {CSSProperties} from 'react';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {RelativeTime} from '../common/relative_time';
import {styles} from '../common/styles';

type Props = {request: TriageRequestView; index: number; size: number; height: number; onOpen: (id: string) => void};

/** One queue row, placed at its index; opens the triage modal at this request. */
export function QueueRow({request: r, index, size, height, onOpen}: Props) {
    const isBreaching = r.slaBreaches.length > 0;
    return (
        <li aria-setsize={size} aria-posinset={index + 1} style={{...rowStyles.item, top: index * height, height}}>
            <button type='button' style={rowStyles.button} onClick={() => onOpen(r.id)}>
                <span style={r.priority === 'p1' ? {...styles.badge, ...styles.danger} : styles.badge}>{r.priority.toUpperCase()}</span>
                {isBreaching && <span style={{...styles.badge, ...styles.danger}}>{'SLA'}</span>}
                <span style={styles.grow}>{`#${r.number} ${r.title}`}</span>
                <span style={styles.muted}><RelativeTime iso={r.createdAt}/></span>
            </button>
        </li>
    );
}

const rowStyles = {
    item: {position: 'absolute', left: 0, right: 0},
    button: {
        ...styles.row, width: '100%', height: '100%', alignItems: 'center', border: 0, background: 'none',
        padding: '0 4px', textAlign: 'left', cursor: 'pointer', font: 'inherit',
    },
} satisfies Record<string, CSSProperties>;
