import {useState} from 'react';
import {useIntl} from 'react-intl';

import {useSreEnv} from '../common/sre_env';

import {rangeAround, type VisibleRange} from './timeline_range';
import {useViewerZone} from './use_viewer_zone';

/** The range a timeline shows, starting with this week in the viewer's own zone and language. */
export function useTimelineRange(): [VisibleRange, (range: VisibleRange) => void] {
    const {locale} = useIntl();
    const {now} = useSreEnv();
    const zone = useViewerZone();
    return useState(() => rangeAround(now().setZone(zone).setLocale(locale), 'week'));
}
