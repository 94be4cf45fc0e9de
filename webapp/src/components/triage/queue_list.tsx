import {useState, type CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';

import {QueueRow} from './queue_row';

export const ROW_HEIGHT = 32;
const VIEW_HEIGHT = 320;
// Rows drawn beyond the visible ones, so a fast scroll or Tab does not meet an empty gap at once.
const OVERSCAN = 8;

type Props = {requests: readonly TriageRequestView[]; onOpen: (id: string) => void};

/**
 * Draws only the rows in view (fixed row height), so 5,000 requests cost as much as 20. The list keeps
 * its full height, and each row says where it is in the whole list for screen readers.
 */
export function QueueList({requests, onOpen}: Props) {
    const {formatMessage} = useIntl();
    const [scrollTop, setScrollTop] = useState(0);
    const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(requests.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
    const height = Math.min(VIEW_HEIGHT, requests.length * ROW_HEIGHT);
    return (
        <div style={{...listStyles.viewport, height}} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
            <ul
                aria-label={formatMessage({id: 'triage.queue.list', defaultMessage: 'Requests'})}
                style={{...listStyles.list, height: requests.length * ROW_HEIGHT}}
            >
                {requests.slice(first, last).map((r, i) => (
                    <QueueRow key={r.id} request={r} index={first + i} size={requests.length} height={ROW_HEIGHT} onOpen={onOpen}/>
                ))}
            </ul>
        </div>
    );
}

const listStyles = {
    viewport: {overflowY: 'auto', position: 'relative'},
    list: {position: 'relative', listStyle: 'none', margin: 0, padding: 0},
} satisfies Record<string, CSSProperties>;
