import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useDispatch} from 'react-redux';

import type {KpiIncidentDetail, KpiPageDetail, KpiRequestDetail} from '../../api/kpi_shapes';
import {triageOpened} from '../../store/triage_slice';
import {LocalTime} from '../common/local_time';
import {styles} from '../common/styles';

import {IncidentChannelLink} from './incident_channel_link';
import {formatDuration} from './kpi_format';

const seconds = (value: number | null) => (value === null ? '–' : formatDuration(value));

const RETRO = {
    published: {id: 'kpis.details.retro.published', defaultMessage: 'retro published'},
    draft: {id: 'kpis.details.retro.draft', defaultMessage: 'retro in draft'},
    missing: {id: 'kpis.details.retro.missing', defaultMessage: 'no retro yet'},
} as const;

/** An incident of the week: severity, title, its channel, and its own times. A private one the viewer cannot see has no title. */
export function IncidentRow({incident}: {incident: KpiIncidentDetail}) {
    return (
        <li style={rowStyles.item}>
            <div style={styles.row}>
                <span style={incident.severity === 'sev1' ? {...styles.badge, ...styles.danger} : styles.badge}>{incident.severity.toUpperCase()}</span>
                <span style={rowStyles.title}>
                    {`#${incident.number} `}
                    {incident.title || <em style={styles.muted}><FormattedMessage id='kpis.details.private' defaultMessage='private incident'/></em>}
                </span>
            </div>
            <p style={rowStyles.facts}>
                {/* Its own line: channel names are long and would squeeze the title to nothing. */}
                {incident.channelId && (
                    <>
                        <IncidentChannelLink incident={incident}/>
                        {' · '}
                    </>
                )}
                <LocalTime iso={incident.declaredAt}/>
                {' · '}
                <FormattedMessage id='kpis.details.incidentTimes' defaultMessage='MTTA {mtta} · MTTR {mttr} · mitigated after {mitigate}'
                    values={{mtta: seconds(incident.mttaSeconds), mttr: seconds(incident.mttrSeconds), mitigate: seconds(incident.timeToMitigateSeconds)}}/>
                {' · '}
                <span style={incident.retroStatus === 'missing' ? styles.danger : undefined}><FormattedMessage {...RETRO[incident.retroStatus]}/></span>
            </p>
        </li>
    );
}

/** A request received that week, with the way into the triage modal. */
export function RequestRow({request}: {request: KpiRequestDetail}) {
    const dispatch = useDispatch();
    const {formatMessage} = useIntl();
    return (
        <li style={rowStyles.item}>
            <div style={styles.row}>
                <span style={rowStyles.title}>{`#${request.number} ${request.title}`}</span>
                {request.slaBreached && (
                    <span style={{...styles.badge, ...styles.danger}}><FormattedMessage id='kpis.details.slaBreached' defaultMessage='SLA breached'/></span>
                )}
                <button type='button' style={rowStyles.open} onClick={() => dispatch(triageOpened(request.id))}
                    aria-label={formatMessage({id: 'kpis.details.openRequest', defaultMessage: 'Open request #{number} in triage'}, {number: request.number})}>
                    <FormattedMessage id='kpis.details.open' defaultMessage='Open'/>
                </button>
            </div>
            <p style={rowStyles.facts}>
                <LocalTime iso={request.receivedAt}/>
                {` · ${request.category} · ${request.status}`}
            </p>
        </li>
    );
}

/** A page raised that week: who it reached, whether it came out of hours, how soon someone answered. */
export function PageRow({page}: {page: KpiPageDetail}) {
    const after = page.acknowledgedAt === null ? null : (Date.parse(page.acknowledgedAt) - Date.parse(page.at)) / 1000;
    return (
        <li style={rowStyles.item}>
            <div style={styles.row}>
                <span style={styles.grow}>{`#${page.number} ${page.usernames.map((u) => `@${u}`).join(', ')}`}</span>
                {page.offHours && <span style={styles.badge}><FormattedMessage id='kpis.details.offHours' defaultMessage='off-hours'/></span>}
            </div>
            <p style={rowStyles.facts}>
                <LocalTime iso={page.at}/>
                {' · '}
                {after === null ?
                    <span style={styles.danger}><FormattedMessage id='kpis.details.notAcknowledged' defaultMessage='not acknowledged'/></span> :
                    <FormattedMessage id='kpis.details.acknowledged' defaultMessage='acknowledged after {after}' values={{after: formatDuration(after)}}/>}
            </p>
        </li>
    );
}

const rowStyles = {
    item: {display: 'flex', flexDirection: 'column', gap: 2, paddingBottom: 6, borderBottom: '1px solid rgba(var(--center-channel-color-rgb), 0.08)'},
    // Titles wrap: a review reads them whole.
    title: {flex: 1, minWidth: 0, overflowWrap: 'anywhere'},
    facts: {margin: 0, overflowWrap: 'anywhere', fontSize: 12, color: 'rgba(var(--center-channel-color-rgb), 0.64)'},
    open: {border: 0, background: 'none', padding: 0, color: 'var(--link-color)', cursor: 'pointer', fontSize: 12, fontWeight: 600},
} satisfies Record<string, CSSProperties>;
