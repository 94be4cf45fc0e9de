import {useMemo, useState} from 'react';

import type {ScheduleBody, ScheduleView} from '../../../../server-ts/src/contract/schedules';
import type {ApiError, Result} from '../../api/result';

import type {Draft} from './schedule_draft';
import {useOncallClient} from './use_oncall_client';
import {useShifts, type ShiftsLoader} from './use_shifts';
import {useTimelineRange} from './use_timeline_range';

export type SaveSchedule = (body: ScheduleBody) => Promise<Result<ScheduleView, ApiError>>;

/**
 * Preview and save of an edited schedule. A preview is the final schedule of a snapshot of the draft over the
 * range shown (asked again when the range moves); its 400 names bad fields as a save's would, so either error
 * shows beside the fields, the newer one winning.
 */
export function useScheduleEditor(save: SaveSchedule, onSaved: (view: ScheduleView) => void) {
    const client = useOncallClient();
    const [range, setRange] = useTimelineRange();
    const [previewed, setPreviewed] = useState<Draft | null>(null);
    const [saveError, setSaveError] = useState<ApiError | null>(null);
    const [isBusy, setBusy] = useState(false);
    const loader = useMemo<ShiftsLoader | null>(() => (previewed ? (q) => client.previewSchedule(previewed, q) : null), [client, previewed]);
    const preview = useShifts(loader, range);
    const showPreview = (draft: Draft) => {
        setSaveError(null);
        setPreviewed({...draft});
    };
    const submit = async (draft: Draft) => {
        if (isBusy) {
            return;
        }
        setBusy(true);
        const result = await save(draft);
        setBusy(false);
        if (result.ok) {
            onSaved(result.value);
        } else {
            setSaveError(result.error);
        }
    };
    const error = saveError ?? (preview && !preview.ok ? preview.error : null);
    return {error, isBusy, submit, showPreview, range, setRange, isPreviewAsked: previewed !== null, shifts: preview?.ok ? preview.value : null};
}
