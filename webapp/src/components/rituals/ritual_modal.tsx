import {FormattedMessage} from 'react-intl';

import type {RitualView} from '../../../../server-ts/src/contract/rituals';
import {ModalShell} from '../common/modal_shell';

import {RitualForm} from './ritual_form';

type Props = {ritual: RitualView | null; onClose: () => void; onSaved: () => void};

/** The ritual editor in a modal: a ritual to edit, or null for a new one. */
export function RitualModal({ritual, onClose, onSaved}: Props) {
    const title = ritual ?
        <FormattedMessage id='rituals.edit.heading' defaultMessage='Edit {name}' values={{name: ritual.name}}/> :
        <FormattedMessage id='rituals.new.heading' defaultMessage='New ritual'/>;
    return (
        <ModalShell titleId='sre-ritual-heading' title={title} onClose={onClose}>
            <RitualForm ritual={ritual} onCancel={onClose} onSaved={onSaved}/>
        </ModalShell>
    );
}
