import {useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {RitualView} from '../../../../server-ts/src/contract/rituals';
import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';
import {useMe} from '../templates/use_me';

import {CalendarLink} from './calendar_link';
import {RitualCard} from './ritual_card';
import {RitualModal} from './ritual_modal';
import {useRituals} from './use_rituals';

// null: no modal; 'new': a blank editor; a ritual: editing it.
type Editing = null | 'new' | RitualView;

/** Every ritual in full, the iCal feed, and for SREs the editor; `version` reloads it (see useRituals). */
export function RitualsBody({version}: {version: string}) {
    const me = useMe();
    const {list, error, reload} = useRituals(version);
    const [editing, setEditing] = useState<Editing>(null);
    const isSre = me?.isSre === true;
    const saved = () => {
        setEditing(null);
        reload();
    };
    return (
        <>
            {error && <p role='alert' style={styles.danger}>{error.message}</p>}
            {!list && !error && <p style={styles.muted}><FormattedMessage id='rituals.loading' defaultMessage='Loading rituals…'/></p>}
            {list?.rituals.length === 0 && <p style={styles.muted}><FormattedMessage id='rituals.none' defaultMessage='No rituals yet'/></p>}
            <ul style={styles.list}>
                {(list?.rituals ?? []).map((r) => <RitualCard key={r.id} ritual={r} onEdit={isSre ? () => setEditing(r) : null}/>)}
            </ul>
            {isSre && (
                <button type='button' style={bodyStyles.add} onClick={() => setEditing('new')}>
                    <FormattedMessage id='rituals.new' defaultMessage='New ritual'/>
                </button>
            )}
            {list?.calendarUrl && <CalendarLink url={list.calendarUrl}/>}
            {editing && <RitualModal ritual={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved}/>}
        </>
    );
}

const bodyStyles = {
    add: {...actionStyles.secondary, marginTop: 8, padding: '2px 8px', fontSize: 12},
} satisfies Record<string, CSSProperties>;
