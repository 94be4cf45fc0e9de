import type {IntlShape} from 'react-intl';

import type {WeeklyKpis} from '../../api/kpi_shapes';

import type {Bar} from './kpi_bars';
import {weekLabel} from './kpi_format';
import {formatKpi, type KpiMetric} from './kpi_metrics';

/** One metric week by week, each labelled by its Monday and formatted for people. */
export function barsFor(metric: KpiMetric, weekly: WeeklyKpis, intl: IntlShape): Bar[] {
    return weekly.weeks.map((week) => {
        const value = metric.pick(week.kpis);
        return {label: weekLabel(week.from, weekly.timeZone, intl.locale), value, text: formatKpi(intl, metric.unit, value)};
    });
}
