import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import type {WeeklyKpis} from '../../api/kpi_shapes';

import {KpiBars} from './kpi_bars';
import {weekChange} from './kpi_format';
import {type DetailKind, type KpiMetric} from './kpi_metrics';
import {barsFor} from './kpi_series';
import {WeekChange} from './week_change';

type Props = {
    metric: KpiMetric;
    weekly: WeeklyKpis;
    selected: number;
    onSelect: (index: number) => void;
    onShowDetails: (kind: DetailKind) => void;
};

/** One metric over the weeks: the chosen week's figure, its change on the week before, and every week as a bar. */
export function KpiCard({metric, weekly, selected, onSelect, onShowDetails}: Props) {
    const intl = useIntl();
    const name = intl.formatMessage(metric.label);
    const bars = barsFor(metric, weekly, intl);
    const current = bars[selected];
    const before = bars[selected - 1];
    const figure = current?.text ?? '';
    const figureStyle = current?.value === null ? {...cardStyles.figure, ...cardStyles.noFigure} : cardStyles.figure;
    const {details} = metric;
    return (
        <li style={cardStyles.card}>
            <h3 style={cardStyles.name}>{name}</h3>
            <div style={cardStyles.figureRow}>
                {details ? (
                    <button type='button' style={{...figureStyle, ...cardStyles.figureButton}} onClick={() => onShowDetails(details)}
                        aria-label={intl.formatMessage({id: 'kpis.review.figure', defaultMessage: '{name}: {figure}, show the week\'s {kind}'},
                            {name, figure, kind: intl.formatMessage(KIND_NAMES[details])})}>
                        {figure}
                    </button>
                ) : <span style={figureStyle}>{figure}</span>}
                <WeekChange change={weekChange(before?.value ?? null, current?.value ?? null)} better={metric.better}/>
            </div>
            {/* At the card's foot, so the charts of a row line up whether or not the figure and change wrap. */}
            <div style={cardStyles.chart}>
                <KpiBars name={name} bars={bars} width={240} height={48} isFluid={true} selected={selected} onSelect={onSelect}/>
            </div>
        </li>
    );
}

const KIND_NAMES = {
    incidents: {id: 'kpis.kind.incidents', defaultMessage: 'incidents'},
    requests: {id: 'kpis.kind.requests', defaultMessage: 'requests'},
    pages: {id: 'kpis.kind.pages', defaultMessage: 'pages'},
} as const;

const cardStyles = {
    card: {display: 'flex', flexDirection: 'column', gap: 6, padding: 12, borderRadius: 8,
        border: '1px solid rgba(var(--center-channel-color-rgb), 0.12)', background: 'var(--center-channel-bg)'},
    name: {margin: 0, fontSize: 12, fontWeight: 600, color: 'rgba(var(--center-channel-color-rgb), 0.72)'},
    figureRow: {display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap'},
    figure: {fontSize: 20, fontWeight: 600, color: 'var(--center-channel-color)'},
    noFigure: {fontSize: 14, fontWeight: 400, color: 'rgba(var(--center-channel-color-rgb), 0.64)'},
    chart: {marginTop: 'auto', paddingTop: 4},
    // Looks like the plain figure, with a dotted underline that says it opens something.
    figureButton: {border: 0, padding: 0, background: 'none', cursor: 'pointer', fontFamily: 'inherit',
        textDecoration: 'underline dotted rgba(var(--center-channel-color-rgb), 0.32)', textUnderlineOffset: 4},
} satisfies Record<string, CSSProperties>;
