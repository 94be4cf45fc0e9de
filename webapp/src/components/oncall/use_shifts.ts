import {useEffect, useState} from 'react';

import type {Shift} from '../../../../server-ts/src/contract/schedules';
import type {ApiError, Result} from '../../api/result';

import {rangeQuery, type VisibleRange} from './timeline_range';

export type ShiftsLoader = (range: {from: string; to: string}) => Promise<Result<Shift[], ApiError>>;

type Loaded = {range: VisibleRange; loader: ShiftsLoader; result: Result<Shift[], ApiError>};

/**
 * The shifts of the visible range, from the saved schedule or a preview (the loader says which); asked again when
 * either changes; nothing while there is no loader (no preview asked for yet). Only the answer for the current range and loader counts, so a slow one never shows late.
 */
export function useShifts(loader: ShiftsLoader | null, range: VisibleRange): Result<Shift[], ApiError> | null {
    const [loaded, setLoaded] = useState<Loaded | null>(null);
    useEffect(() => {
        if (!loader) {
            return undefined;
        }
        let isCurrent = true;
        void loader(rangeQuery(range)).then((result) => {
            if (isCurrent) {
                setLoaded({range, loader, result});
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [loader, range]);
    return loaded && loaded.range === range && loaded.loader === loader ? loaded.result : null;
}
