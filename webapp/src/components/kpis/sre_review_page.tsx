import {useState, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {WeeklyKpis} from '../../api/kpi_shapes';
import {styles} from '../common/styles';

import {KpiCard} from './kpi_card';
import {weekLabel} from './kpi_format';
import {REVIEW_METRICS, type DetailKind} from './kpi_metrics';
import {ReviewHeader} from './review_header';
import {useKpiDetails, useKpisClient, useWeeklyKpis} from './use_kpis';
import {WeekDetails} from './week_details';
import {WeekPicker} from './week_picker';

const REVIEW_WEEKS = 12;

/** The SRE review page (registerNeedsTeamRoute 'review'): twelve weeks of every KPI, and what is behind any week. */
export function SreReviewPage() {
    const client = useKpisClient();
    const weekly = useWeeklyKpis(REVIEW_WEEKS);
    return (
        <section aria-labelledby='sre-review-title' style={pageStyles.page}>
            <ReviewHeader titleId='sre-review-title' weeks={REVIEW_WEEKS} timeZone={weekly.value?.timeZone ?? null}
                csvUrl={client.weeklyCsvUrl({weeks: REVIEW_WEEKS})} jsonUrl={client.weeklyJsonUrl({weeks: REVIEW_WEEKS})}/>
            {weekly.error && (
                <p role='alert' style={styles.danger}>
                    {`${weekly.error.message} `}
                    <button type='button' style={styles.button} onClick={weekly.reload}><FormattedMessage id='kpis.retry' defaultMessage='Retry'/></button>
                </p>
            )}
            {!weekly.value && !weekly.error && <p style={styles.muted}><FormattedMessage id='kpis.loading' defaultMessage='Loading KPIs…'/></p>}
            {weekly.value && weekly.value.weeks.length > 0 && <Review weekly={weekly.value}/>}
        </section>
    );
}

// The last finished week: a review looks back, and on a Monday morning the running week has hardly begun.
const lastFinishedWeek = (weekly: WeeklyKpis) => Math.max(0, weekly.weeks.length - 2);

function Review({weekly}: {weekly: WeeklyKpis}) {
    const intl = useIntl();
    const [selected, setSelected] = useState(() => lastFinishedWeek(weekly));
    // Set by a figure's click: which list of the week to bring into view.
    const [focus, setFocus] = useState<{kind: DetailKind} | null>(null);
    const week = weekly.weeks[selected] ?? null;
    const details = useKpiDetails(week);
    const selectWeek = (index: number) => {
        setSelected(index);
        setFocus(null);
    };
    return (
        <>
            <WeekPicker weekly={weekly} selected={selected} onSelect={selectWeek}/>
            <ul style={pageStyles.cards}>
                {REVIEW_METRICS.map((m) => (
                    <KpiCard key={m.id} metric={m} weekly={weekly} selected={selected} onSelect={selectWeek} onShowDetails={(kind) => setFocus({kind})}/>
                ))}
            </ul>
            {week && <WeekDetails weekName={weekLabel(week.from, weekly.timeZone, intl.locale)} details={details} focus={focus}/>}
        </>
    );
}

const pageStyles = {
    // The host gives the page the centre column; it scrolls on its own like a channel's posts, in a flex parent or not.
    page: {flex: 1, height: '100%', minHeight: 0, boxSizing: 'border-box', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 16, padding: '20px 24px',
        color: 'var(--center-channel-color)', background: 'var(--center-channel-bg)'},
    cards: {listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12},
} satisfies Record<string, CSSProperties>;
