import {FormattedMessage, useIntl} from 'react-intl';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {styles} from '../common/styles';

import {STATUS_NAMES} from './triage_names';

/**
 * Where a request opened from the queue stands: status, owner, quarter, labels and, once declined, why. New requests
 * say nothing here: they are what the walk is about. A closed request shows no fields, so this line is all it has.
 */
export function RequestStatus({request: r}: {request: TriageRequestView}) {
    const {formatMessage} = useIntl();
    if (r.status === 'new') {
        return null;
    }
    const parts = [
        formatMessage({id: 'triage.statusLine', defaultMessage: 'Status: {status}'}, {status: formatMessage(STATUS_NAMES[r.status])}),
        r.owner ? formatMessage({id: 'triage.ownerLine', defaultMessage: 'owner @{username}'}, {username: r.owner.username}) : null,
        r.quarter,
        r.labels.length > 0 ? formatMessage({id: 'triage.labelsLine', defaultMessage: 'labels: {labels}'}, {labels: r.labels.join(', ')}) : null,
    ].filter((p): p is string => p !== null);
    return (
        <p style={styles.muted}>
            {parts.join(' · ')}
            {r.declineReason && (
                <>
                    <br/>
                    <FormattedMessage id='triage.declinedBecause' defaultMessage='Declined: {reason}' values={{reason: r.declineReason}}/>
                </>
            )}
        </p>
    );
}
