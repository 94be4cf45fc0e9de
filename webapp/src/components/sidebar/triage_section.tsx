import {useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';
import {useDispatch} from 'react-redux';

import type {Summary, TriageRow} from '../../../../server-ts/src/contract/summary';
import {newRequestOpened, triageOpened} from '../../store/triage_slice';
import {actionStyles} from '../common/form_actions';
import {RelativeTime} from '../common/relative_time';
import {Section} from '../common/section';
import {styles} from '../common/styles';
import {TriageQueue} from '../triage/triage_queue';

/** The triage queue: how much is waiting, how old the oldest is, the newest requests, and the whole queue on demand. */
export function TriageSection({triage}: {triage: Summary['triage']}) {
    const dispatch = useDispatch();
    const [isQueueShown, setQueueShown] = useState(false);
    return (
        <Section
            id='triage'
            icon='icon-playlist-check'
            title={<FormattedMessage id='sidebar.triage.title' defaultMessage='Triage'/>}
            aside={<span style={styles.badge}><FormattedMessage id='sidebar.triage.new' defaultMessage='{count} new' values={{count: triage.newCount}}/></span>}
        >
            <TriageCounts triage={triage}/>
            <div style={sectionStyles.buttons}>
                <button type='button' style={styles.button} onClick={() => dispatch(triageOpened())}>
                    <FormattedMessage id='sidebar.triage.start' defaultMessage='Triage {count} new' values={{count: triage.newCount}}/>
                </button>
                <button type='button' style={actionStyles.secondary} onClick={() => dispatch(newRequestOpened({title: '', description: ''}))}>
                    <FormattedMessage id='sidebar.triage.newRequest' defaultMessage='New request'/>
                </button>
                <button type='button' style={actionStyles.secondary} aria-expanded={isQueueShown} onClick={() => setQueueShown((v) => !v)}>
                    <FormattedMessage id='sidebar.triage.queue' defaultMessage='Queue'/>
                </button>
            </div>
            {isQueueShown ? <TriageQueue/> : <NewestRequests rows={triage.newest} onOpen={(id) => dispatch(triageOpened(id))}/>}
        </Section>
    );
}

function TriageCounts({triage}: {triage: Summary['triage']}) {
    return (
        <p style={styles.muted}>
            <FormattedMessage
                id='sidebar.triage.counts'
                defaultMessage='{accepted} accepted · {inProgress} in progress'
                values={{accepted: triage.acceptedCount, inProgress: triage.inProgressCount}}
            />
            {triage.oldestNewAt && (
                <>
                    {' · '}
                    <FormattedMessage id='sidebar.triage.oldest' defaultMessage='oldest new {age}' values={{age: <RelativeTime iso={triage.oldestNewAt}/>}}/>
                </>
            )}
        </p>
    );
}

function NewestRequests({rows, onOpen}: {rows: TriageRow[]; onOpen: (id: string) => void}) {
    if (rows.length === 0) {
        return <p style={styles.muted}><FormattedMessage id='sidebar.triage.none' defaultMessage='Nothing waiting for triage'/></p>;
    }
    return (
        <ul style={styles.list}>{rows.map((row) => (
            <li key={row.id}>
                <button type='button' style={sectionStyles.row} onClick={() => onOpen(row.id)}>
                    {row.priority && <span style={row.priority === 'p1' ? {...styles.badge, ...styles.danger} : styles.badge}>{row.priority.toUpperCase()}</span>}
                    <span style={styles.grow}>{`#${row.number} ${row.title}`}</span>
                    <span style={styles.muted}><RelativeTime iso={row.createdAt}/></span>
                </button>
            </li>
        ))}</ul>
    );
}

const sectionStyles = {
    buttons: {display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0'},
    row: {...styles.row, width: '100%', border: 0, padding: 0, background: 'none', textAlign: 'left', cursor: 'pointer', font: 'inherit'},
} satisfies Record<string, CSSProperties>;
