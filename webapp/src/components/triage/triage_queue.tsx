import {useMemo, useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch} from 'react-redux';

import {triageOpened} from '../../store/triage_slice';
import {styles} from '../common/styles';

import {QueueFilters} from './queue_filters';
import {QueueList} from './queue_list';
import {STATUS_NAMES} from './triage_names';
import {byPriorityAndAge, countByStatus, filterQueue, NO_FILTER, STATUSES} from './triage_order';
import {useTriageQueue} from './use_triage_queue';

/** The whole queue in the sidebar: counts by status, filters, and the rows (most urgent, then oldest, first). */
export function TriageQueue() {
    const {formatMessage} = useIntl();
    const dispatch = useDispatch();
    const queue = useTriageQueue();
    const [filter, setFilter] = useState(NO_FILTER);
    const all = queue.requests;
    const sorted = useMemo(() => byPriorityAndAge(all ?? []), [all]);
    const shown = useMemo(() => filterQueue(sorted, filter), [sorted, filter]);
    const counts = useMemo(() => countByStatus(all ?? []), [all]);
    if (!all) {
        return queue.error ?
            <p role='alert' style={styles.danger}>{queue.error.message}</p> :
            <p role='status' style={styles.muted}><FormattedMessage id='triage.loading' defaultMessage='Loading the triage queue…'/></p>;
    }
    return (
        <div>
            <p style={styles.muted}>
                {STATUSES.map((s) => `${formatMessage(STATUS_NAMES[s])} ${counts[s]}`).join(' · ')}
            </p>
            <QueueFilters filter={filter} onChange={setFilter}/>
            {shown.length === 0 ?
                <p style={styles.muted}><FormattedMessage id='triage.queue.none' defaultMessage='No request matches'/></p> :
                <QueueList requests={shown} onOpen={(id) => dispatch(triageOpened(id))}/>}
        </div>
    );
}
