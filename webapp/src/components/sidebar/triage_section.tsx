import {FormattedMessage} from 'react-intl';

import type {Summary, TriageRow} from '../../../../server-ts/src/contract/summary';
import {RelativeTime} from '../common/relative_time';
import {Section} from '../common/section';
import {styles} from '../common/styles';

/** The triage queue: how much is waiting, how old the oldest is, and the newest requests. */
export function TriageSection({triage}: {triage: Summary['triage']}) {
    return (
        <Section
            id='triage'
            icon='icon-playlist-check'
            title={<FormattedMessage id='sidebar.triage.title' defaultMessage='Triage'/>}
            aside={<span style={styles.badge}><FormattedMessage id='sidebar.triage.new' defaultMessage='{count} new' values={{count: triage.newCount}}/></span>}
        >
            <p style={styles.muted}>
                <FormattedMessage
                    id='sidebar.triage.counts'
                    defaultMessage='{accepted} accepted · {inProgress} in progress'
                    values={{accepted: triage.acceptedCount, inProgress: triage.inProgressCount}}
                />
                {triage.oldestNewAt && (
                    <>
                        {' · '}
                        <FormattedMessage
                            id='sidebar.triage.oldest'
                            defaultMessage='oldest new {age}'
                            values={{age: <RelativeTime iso={triage.oldestNewAt}/>}}
                        />
                    </>
                )}
            </p>
            {triage.newest.length === 0 ? (
                <p style={styles.muted}><FormattedMessage id='sidebar.triage.none' defaultMessage='Nothing waiting for triage'/></p>
            ) : (
                <ul style={styles.list}>{triage.newest.map((t) => <TriageItem key={t.id} row={t}/>)}</ul>
            )}
        </Section>
    );
}

function TriageItem({row}: {row: TriageRow}) {
    return (
        <li style={styles.row}>
            {row.priority && <span style={row.priority === 'p1' ? {...styles.badge, ...styles.danger} : styles.badge}>{row.priority.toUpperCase()}</span>}
            <span style={styles.grow}>{`#${row.number} ${row.title}`}</span>
            <span style={styles.muted}><RelativeTime iso={row.createdAt}/></span>
        </li>
    );
}
