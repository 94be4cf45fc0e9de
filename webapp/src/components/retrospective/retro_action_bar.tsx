import {useState, type CSSProperties, type ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import type {RetrospectiveView} from '../../../../server-ts/src/contract/retrospectives';
import {actionStyles} from '../common/form_actions';
import {LocalTime} from '../common/local_time';
import {styles} from '../common/styles';

type Props = {
    retro: RetrospectiveView; isDirty: boolean; isBusy: boolean; onSave: () => void; onPublish: () => void; onClose: () => void;
    // A conflict or a refusal, shown in the bar so it is seen wherever the editor is scrolled to.
    notice: ReactNode;
};

/** Always in view at the bottom of the editor: where the draft stands, save, and publish after a confirmation. */
export function RetroActionBar({retro, isDirty, isBusy, onSave, onPublish, onClose, notice}: Props) {
    const [isConfirming, setConfirming] = useState(false);
    const isDraft = retro.status === 'draft';
    return (
        <div style={barStyles.bar}>
            {notice && <div style={barStyles.notice}>{notice}</div>}
            {isConfirming && isDraft ? (
                <p role='status' style={{...styles.muted, ...barStyles.state}}>
                    <FormattedMessage id='retro.publish.confirm'
                        defaultMessage='Publish? It is posted in the incident channel and the team channel, and can no longer be edited.'/>
                </p>
            ) : <DraftState retro={retro} isDirty={isDirty}/>}
            {isConfirming && isDraft ? (
                <>
                    <button type='button' style={actionStyles.secondary} onClick={() => setConfirming(false)}>
                        <FormattedMessage id='form.cancel' defaultMessage='Cancel'/>
                    </button>
                    <button type='button' style={styles.button} aria-disabled={isBusy} aria-busy={isBusy} onClick={() => !isBusy && onPublish()}>
                        <FormattedMessage id='retro.publish.yes' defaultMessage='Publish retrospective'/>
                    </button>
                </>
            ) : <Buttons isDraft={isDraft} isBusy={isBusy} onSave={onSave} onPublish={() => setConfirming(true)} onClose={onClose}/>}
        </div>
    );
}

function Buttons({isDraft, isBusy, onSave, onPublish, onClose}: {isDraft: boolean; isBusy: boolean; onSave: () => void; onPublish: () => void; onClose: () => void}) {
    return (
        <>
            <button type='button' style={actionStyles.secondary} onClick={onClose}><FormattedMessage id='retro.close' defaultMessage='Close'/></button>
            {isDraft && (
                <>
                    <button type='button' style={actionStyles.secondary} aria-disabled={isBusy} aria-busy={isBusy} onClick={() => !isBusy && onSave()}>
                        <FormattedMessage id='retro.save' defaultMessage='Save draft'/>
                    </button>
                    <button type='button' style={styles.button} onClick={onPublish}><FormattedMessage id='retro.publish' defaultMessage='Publish'/></button>
                </>
            )}
        </>
    );
}

function DraftState({retro, isDirty}: {retro: RetrospectiveView; isDirty: boolean}) {
    return (
        <p role='status' style={{...styles.muted, ...barStyles.state}}>
            {retro.status === 'published' && retro.publishedAt ? (
                <FormattedMessage id='retro.state.published' defaultMessage='Published {at}' values={{at: <LocalTime iso={retro.publishedAt}/>}}/>
            ) : isDirty ? (
                <FormattedMessage id='retro.state.unsaved' defaultMessage='Draft · unsaved changes'/>
            ) : (
                <FormattedMessage id='retro.state.saved' defaultMessage='Draft · saved {at}' values={{at: <LocalTime iso={retro.updatedAt}/>}}/>
            )}
        </p>
    );
}

// Sticky, so Save and Publish stay reachable in a long review; the negative margins reach the dialog's padding.
const barStyles = {
    bar: {
        position: 'sticky', bottom: -24, zIndex: 1, display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', margin: '16px -24px -24px',
        padding: '12px 24px', background: 'var(--center-channel-bg)', borderTop: '1px solid rgba(var(--center-channel-color-rgb), 0.16)',
    },
    notice: {flexBasis: '100%'},
    state: {flex: 1, minWidth: 160, fontSize: 13},
} satisfies Record<string, CSSProperties>;
