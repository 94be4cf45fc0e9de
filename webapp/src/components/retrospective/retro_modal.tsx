import type {CSSProperties} from 'react';
import {createPortal} from 'react-dom';
import {FormattedMessage} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {DrillBadge} from '../common/drill_badge';
import {actionStyles} from '../common/form_actions';
import {ModalShell} from '../common/modal_shell';
import {styles} from '../common/styles';

import {RetroEditor} from './retro_editor';
import {useRetrospective} from './use_retrospective';

type Props = {incident: Pick<IncidentView, 'id' | 'number' | 'title' | 'isDrill'>; onClose: () => void};

/**
 * The retrospective editor as a modal over the whole page. It opens once the review is loaded, so the dialog's first
 * field takes the focus; it is portalled to the body because a sidebar may be transformed, which would trap a fixed modal inside it.
 */
export function RetroModal({incident, onClose}: Props) {
    const editing = useRetrospective(incident.id);
    const {retro, draft, loadError} = editing;
    if (!loadError && (!retro || !draft)) {
        return null;
    }
    const title = (
        <span style={modalStyles.title}>
            <FormattedMessage id='retro.heading' defaultMessage='Retrospective · #{number} {title}' values={{number: incident.number, title: incident.title}}/>
            {incident.isDrill && <DrillBadge/>}
        </span>
    );
    return createPortal(
        <ModalShell titleId='sre-retro-heading' title={title} onClose={onClose} size='large'>
            {retro && draft ? <RetroEditor editing={editing} retro={retro} draft={draft} onClose={onClose}/> : (
                <div role='alert'>
                    <p style={styles.danger}>{loadError?.message}</p>
                    <div style={modalStyles.buttons}>
                        <button type='button' style={actionStyles.secondary} onClick={onClose}><FormattedMessage id='retro.close' defaultMessage='Close'/></button>
                        <button type='button' style={styles.button} onClick={editing.reload}><FormattedMessage id='retro.retry' defaultMessage='Try again'/></button>
                    </div>
                </div>
            )}
        </ModalShell>,
        document.body,
    );
}

const modalStyles = {
    title: {display: 'flex', alignItems: 'center', gap: 8},
    buttons: {display: 'flex', gap: 8, justifyContent: 'flex-end'},
} satisfies Record<string, CSSProperties>;
