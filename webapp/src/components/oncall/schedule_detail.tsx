import {useCallback, useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {ScheduleBody, ScheduleView} from '../../../../server-ts/src/contract/schedules';
import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';

import {draftFromView} from './schedule_draft';
import {ScheduleEditor} from './schedule_editor';
import {SavedTimeline} from './saved_timeline';
import {useOncallClient} from './use_oncall_client';
import {useSchedule} from './use_schedule';

type Props = {scheduleId: string; isSre: boolean; onRenamed: (name: string) => void};

/** The saved schedule's timeline; SREs can switch to the editor and back. */
export function ScheduleDetail({scheduleId, isSre, onRenamed}: Props) {
    const client = useOncallClient();
    const {schedule, error, replace} = useSchedule(scheduleId);
    const [isEditing, setEditing] = useState(false);
    const save = useCallback((body: ScheduleBody) => client.updateSchedule(scheduleId, body), [client, scheduleId]);
    if (error) {
        return <p role='alert' style={styles.danger}>{error.message}</p>;
    }
    if (!schedule) {
        return <p role='status' style={styles.muted}><FormattedMessage id='oncall.schedule.loading' defaultMessage='Loading schedule…'/></p>;
    }
    if (isEditing) {
        const saved = (view: ScheduleView) => {
            replace(view);
            onRenamed(view.name);
            setEditing(false);
        };
        return <ScheduleEditor initial={draftFromView(schedule)} save={save} onSaved={saved} onCancel={() => setEditing(false)}/>;
    }
    return (
        <>
            {isSre && (
                <button type='button' style={detailStyles.edit} onClick={() => setEditing(true)}>
                    <i className='icon icon-pencil-outline' aria-hidden='true'/>
                    <FormattedMessage id='oncall.schedule.edit' defaultMessage='Edit schedule'/>
                </button>
            )}
            <SavedTimeline schedule={schedule}/>
        </>
    );
}

const detailStyles = {
    edit: {...actionStyles.secondary, marginBottom: 8, display: 'inline-flex', alignItems: 'center', gap: 4},
} satisfies Record<string, CSSProperties>;
