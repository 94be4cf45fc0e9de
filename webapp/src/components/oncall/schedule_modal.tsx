import {useState, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {ModalShell} from '../common/modal_shell';
import {useSreEnv} from '../common/sre_env';

import {blankDraft} from './schedule_draft';
import {ScheduleDetail} from './schedule_detail';
import {ScheduleEditor} from './schedule_editor';
import {useOncallClient} from './use_oncall_client';
import {useViewerZone} from './use_viewer_zone';

export type ModalTarget = {kind: 'new'} | {kind: 'schedule'; scheduleId: string; name: string};

type Props = {target: ModalTarget; isSre: boolean; onClose: () => void};

/** A schedule's timeline (and editor for SREs), or a new schedule; a new one opens as saved once created. */
export function ScheduleModal({target, isSre, onClose}: Props) {
    const {formatMessage} = useIntl();
    const client = useOncallClient();
    const {now} = useSreEnv();
    const zone = useViewerZone();
    const [shown, setShown] = useState(target);
    const [initial] = useState(() => blankDraft(zone, now()));
    const title = shown.kind === 'new' ? <FormattedMessage id='oncall.new.heading' defaultMessage='New schedule'/> : shown.name;
    return (
        <ModalShell titleId='sre-schedule-heading' title={title} onClose={onClose}>
            {/* First in the dialog, so focus has somewhere to go (and Esc works) while the schedule loads. */}
            <button type='button' style={modalStyles.close} onClick={onClose} aria-label={formatMessage({id: 'oncall.modal.close', defaultMessage: 'Close'})}>
                <i className='icon icon-close' aria-hidden='true'/>
            </button>
            {shown.kind === 'new' ? (
                <ScheduleEditor initial={initial} save={client.createSchedule} onCancel={onClose}
                    onSaved={(view) => setShown({kind: 'schedule', scheduleId: view.id, name: view.name})}/>
            ) : (
                <ScheduleDetail key={shown.scheduleId} scheduleId={shown.scheduleId} isSre={isSre} onRenamed={(name) => setShown({...shown, name})}/>
            )}
        </ModalShell>
    );
}

const modalStyles = {
    close: {
        display: 'block', marginLeft: 'auto', border: 0, background: 'none', cursor: 'pointer', fontSize: 20,
        color: 'rgba(var(--center-channel-color-rgb), 0.64)',
    },
} satisfies Record<string, CSSProperties>;
