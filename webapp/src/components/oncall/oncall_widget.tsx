import {useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {actionStyles} from '../common/form_actions';
import {Section} from '../common/section';
import {styles} from '../common/styles';
import {useMe} from '../templates/use_me';

import {OncallCard} from './oncall_card';
import {ScheduleModal, type ModalTarget} from './schedule_modal';
import {useAvatars} from './use_avatars';

/**
 * The top of the sidebar: per schedule, who is on call now and next, gaps loudly; take over, swap, page, open
 * the schedule. Live: the summary it is given follows the companion's event stream.
 */
export function OncallWidget({oncall}: {oncall: OnCallNow[]}) {
    const me = useMe();
    const [target, setTarget] = useState<ModalTarget | null>(null);
    const avatarOf = useAvatars(oncall.flatMap((o) => [...o.users, ...(o.next?.users ?? [])]));
    const newSchedule = me?.isSre && (
        <button type='button' style={widgetStyles.small} onClick={() => setTarget({kind: 'new'})}>
            <i className='icon icon-plus' aria-hidden='true'/>
            <FormattedMessage id='oncall.new' defaultMessage='New schedule'/>
        </button>
    );
    return (
        <Section id='oncall' icon='icon-account-multiple-outline' title={<FormattedMessage id='sidebar.oncall.title' defaultMessage='On call'/>} aside={newSchedule}>
            {oncall.length === 0 ? (
                <p style={styles.muted}><FormattedMessage id='sidebar.oncall.none' defaultMessage='No on-call schedules yet'/></p>
            ) : (
                <ul style={styles.list}>
                    {oncall.map((o) => (
                        <OncallCard key={o.scheduleId} entry={o} me={me} avatarOf={avatarOf}
                            onOpen={() => setTarget({kind: 'schedule', scheduleId: o.scheduleId, name: o.scheduleName})}/>
                    ))}
                </ul>
            )}
            {target && <ScheduleModal target={target} isSre={me?.isSre === true} onClose={() => setTarget(null)}/>}
        </Section>
    );
}

const widgetStyles = {
    small: {...actionStyles.secondary, padding: '2px 8px', fontSize: 12, display: 'inline-flex', alignItems: 'center', gap: 2},
} satisfies Record<string, CSSProperties>;
