import {useEffect, useRef, type CSSProperties, type ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import {isTruncated, type KpiDetails} from '../../api/kpi_shapes';
import {styles} from '../common/styles';

import {IncidentRow, PageRow, RequestRow} from './detail_rows';
import type {DetailKind} from './kpi_metrics';
import type {Loaded} from './use_kpis';

type Props = {weekName: string; details: Loaded<KpiDetails>; focus: {kind: DetailKind} | null};

/** The incidents, requests and pages a week's figures were counted from; a figure's click brings its list into view. */
export function WeekDetails({weekName, details, focus}: Props) {
    const {value, error, reload} = details;
    return (
        <section aria-labelledby='sre-review-details' style={detailStyles.section}>
            <h2 id='sre-review-details' style={detailStyles.heading}>
                <FormattedMessage id='kpis.details.title' defaultMessage='Behind the week of {week}' values={{week: weekName}}/>
            </h2>
            {error && (
                <p role='alert' style={styles.danger}>
                    {`${error.message} `}
                    <button type='button' style={detailStyles.retry} onClick={reload}><FormattedMessage id='kpis.retry' defaultMessage='Retry'/></button>
                </p>
            )}
            {!value && !error && <p style={styles.muted}><FormattedMessage id='kpis.details.loading' defaultMessage='Loading the week…'/></p>}
            {value && isTruncated(value) && (
                <p style={styles.muted}><FormattedMessage id='kpis.details.truncated' defaultMessage='A list stops at its first 500; the figures above count them all.'/></p>
            )}
            {value && (
                <div style={detailStyles.columns}>
                    <DetailList kind='incidents' focus={focus} count={value.incidents.length}
                        title={<FormattedMessage id='kpis.details.incidents' defaultMessage='Incidents ({count})' values={{count: value.incidents.length}}/>}>
                        {value.incidents.map((i) => <IncidentRow key={i.id} incident={i}/>)}
                    </DetailList>
                    <DetailList kind='requests' focus={focus} count={value.requests.length}
                        title={<FormattedMessage id='kpis.details.requests' defaultMessage='Requests ({count})' values={{count: value.requests.length}}/>}>
                        {value.requests.map((r) => <RequestRow key={r.id} request={r}/>)}
                    </DetailList>
                    <DetailList kind='pages' focus={focus} count={value.pages.length}
                        title={<FormattedMessage id='kpis.details.pages' defaultMessage='Pages ({count})' values={{count: value.pages.length}}/>}>
                        {value.pages.map((p) => <PageRow key={p.id} page={p}/>)}
                    </DetailList>
                </div>
            )}
        </section>
    );
}

type ListProps = {kind: DetailKind; title: ReactNode; count: number; focus: {kind: DetailKind} | null; children: ReactNode};

function DetailList({kind, title, count, focus, children}: ListProps) {
    const ref = useRef<HTMLHeadingElement>(null);
    // `focus` is a new object per click, so clicking the same figure twice brings the list back; focusing scrolls to it.
    useEffect(() => {
        if (focus?.kind === kind) {
            ref.current?.focus();
        }
    }, [focus, kind]);
    const headingId = `sre-review-${kind}`;
    return (
        <section aria-labelledby={headingId}>
            <h3 id={headingId} ref={ref} tabIndex={-1} style={detailStyles.listHeading}>{title}</h3>
            {count === 0 ? (
                <p style={styles.muted}><FormattedMessage id='kpis.details.none' defaultMessage='None this week'/></p>
            ) : <ul style={styles.list}>{children}</ul>}
        </section>
    );
}

const detailStyles = {
    section: {display: 'flex', flexDirection: 'column', gap: 8},
    heading: {margin: 0, fontSize: 16, fontWeight: 600},
    columns: {display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: 16, alignItems: 'start'},
    listHeading: {margin: '0 0 6px', fontSize: 14, fontWeight: 600, outline: 'none'},
    retry: {border: 0, background: 'none', padding: 0, color: 'var(--link-color)', cursor: 'pointer', fontWeight: 600},
} satisfies Record<string, CSSProperties>;
