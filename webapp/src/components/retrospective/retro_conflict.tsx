import {FormattedMessage} from 'react-intl';

import {styles} from '../common/styles';

import {retroStyles} from './retro_styles';
import type {Conflict} from './use_retrospective';

/** Someone saved first: say so, keep the edits on screen, and offer their version instead. */
export function RetroConflict({conflict, onReload}: {conflict: Conflict; onReload: () => void}) {
    return (
        <div role='alert' style={retroStyles.warning}>
            <p style={{...styles.danger, margin: '0 0 8px', fontWeight: 600}}>
                <i className='icon icon-alert-outline' aria-hidden='true'/>
                {conflict.message === '' ?
                    <FormattedMessage id='retro.conflict' defaultMessage='Someone saved the retrospective meanwhile.'/> :
                    conflict.message}
            </p>
            <p style={{...styles.muted, marginBottom: 8}}>
                <FormattedMessage id='retro.conflict.hint'
                    defaultMessage='Your edits are still here. Reload to see their version (your unsaved edits are dropped), then edit again.'/>
            </p>
            <button type='button' style={styles.button} onClick={onReload}>
                <i className='icon icon-refresh' aria-hidden='true'/>
                <FormattedMessage id='retro.conflict.reload' defaultMessage='Reload their version'/>
            </button>
        </div>
    );
}
