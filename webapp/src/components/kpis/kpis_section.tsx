import type {GlobalState} from '@mattermost/types/store';
import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';
import {useSelector} from 'react-redux';

import type {WeeklyKpis} from '../../api/kpi_shapes';
import {goTo} from '../../api/mattermost_links';
import {Section} from '../common/section';
import {styles} from '../common/styles';

import {KpiBars} from './kpi_bars';
import {formatKpi, METRICS, SIDEBAR_METRICS, type KpiMetric} from './kpi_metrics';
import {barsFor} from './kpi_series';
import {reviewPath} from './review_route';
import {useWeeklyKpis} from './use_kpis';

const SIDEBAR_WEEKS = 4;

/** The last four weeks at a glance: each figure for this week so far, its trend, and the way to the full review. */
export function KpisSection() {
    const weekly = useWeeklyKpis(SIDEBAR_WEEKS);
    const teamName = useSelector((s: GlobalState) => s.entities.teams.teams[s.entities.teams.currentTeamId]?.name);
    const siteUrl = useSelector((s: GlobalState) => s.entities.general.config.SiteURL ?? '');
    return (
        <Section id='kpis' icon='icon-chart-line' title={<FormattedMessage id='kpis.sidebar.title' defaultMessage='KPIs'/>}>
            {weekly.error && <p role='alert' style={styles.danger}>{weekly.error.message}</p>}
            {!weekly.value && !weekly.error && <p style={styles.muted}><FormattedMessage id='kpis.loading' defaultMessage='Loading KPIs…'/></p>}
            {weekly.value && <KpiRows weekly={weekly.value}/>}
            {teamName && (
                <button type='button' style={{...styles.button, ...kpiStyles.open}} onClick={() => goTo(reviewPath(teamName), siteUrl)}>
                    <FormattedMessage id='kpis.sidebar.openReview' defaultMessage='Open SRE review'/>
                </button>
            )}
        </Section>
    );
}

function KpiRows({weekly}: {weekly: WeeklyKpis}) {
    return (
        <table style={kpiStyles.table}>
            <thead>
                <tr>
                    <td/>
                    <th scope='col' style={kpiStyles.head}><FormattedMessage id='kpis.sidebar.weeks' defaultMessage='Last 4 weeks'/></th>
                    <th scope='col' style={{...kpiStyles.head, ...kpiStyles.value}}><FormattedMessage id='kpis.sidebar.thisWeek' defaultMessage='This week'/></th>
                </tr>
            </thead>
            <tbody>{SIDEBAR_METRICS.map((m) => <KpiRow key={m.id} metric={m} weekly={weekly}/>)}</tbody>
        </table>
    );
}

function KpiRow({metric, weekly}: {metric: KpiMetric; weekly: WeeklyKpis}) {
    const intl = useIntl();
    const name = intl.formatMessage(metric.label);
    const bars = barsFor(metric, weekly, intl);
    const latest = weekly.weeks[weekly.weeks.length - 1]?.kpis;
    const value = latest ? metric.pick(latest) : null;
    return (
        <tr>
            <th scope='row' style={kpiStyles.name}>{name}</th>
            <td style={kpiStyles.cell}><KpiBars name={name} bars={bars} width={56} height={18}/></td>
            <td style={{...kpiStyles.cell, ...kpiStyles.value}}>
                {formatKpi(intl, metric.unit, value)}
                {/* Pages: how many of them woke someone up. */}
                {metric === METRICS.pages && latest && (
                    <span style={styles.muted}>
                        {' · '}
                        <FormattedMessage id='kpis.sidebar.offHours' defaultMessage='{count} off-hours' values={{count: latest.oncall.offHoursPages}}/>
                    </span>
                )}
            </td>
        </tr>
    );
}

const kpiStyles = {
    table: {width: '100%', borderCollapse: 'collapse', fontSize: 12},
    head: {fontWeight: 400, color: 'rgba(var(--center-channel-color-rgb), 0.64)', paddingBottom: 4, textAlign: 'left'},
    name: {fontWeight: 400, textAlign: 'left', padding: '3px 8px 3px 0', color: 'var(--center-channel-color)'},
    cell: {padding: '3px 0', verticalAlign: 'middle'},
    value: {textAlign: 'right', fontWeight: 600, whiteSpace: 'nowrap'},
    open: {marginTop: 8},
} satisfies Record<string, CSSProperties>;
