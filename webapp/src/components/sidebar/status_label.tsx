import {FormattedMessage} from 'react-intl';

import type {IncidentStatus} from '../../../../server-ts/src/contract/summary';

export const STATUSES: readonly IncidentStatus[] = ['investigating', 'identified', 'monitoring', 'resolved'];

/** An incident status in the viewer's language. */
export function StatusLabel({status}: {status: IncidentStatus}) {
    switch (status) {
    case 'investigating':
        return <FormattedMessage id='sidebar.incidents.status.investigating' defaultMessage='Investigating'/>;
    case 'identified':
        return <FormattedMessage id='sidebar.incidents.status.identified' defaultMessage='Identified'/>;
    case 'monitoring':
        return <FormattedMessage id='sidebar.incidents.status.monitoring' defaultMessage='Monitoring'/>;
    case 'resolved':
        return <FormattedMessage id='sidebar.incidents.status.resolved' defaultMessage='Resolved'/>;
    }
}
