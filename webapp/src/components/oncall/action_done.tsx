import type {CSSProperties, ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import {actionStyles} from '../common/form_actions';

/** The answer to a sidebar action, announced politely, with a button back to the schedule card. */
export function ActionDone({children, onClose}: {children: ReactNode; onClose: () => void}) {
    return (
        <div style={doneStyles.wrap}>
            <p role='status' style={doneStyles.text}>
                <i className='icon icon-check' aria-hidden='true' style={doneStyles.icon}/>
                {children}
            </p>
            <button type='button' style={actionStyles.secondary} onClick={onClose}>
                <FormattedMessage id='oncall.done.close' defaultMessage='Close'/>
            </button>
        </div>
    );
}

const doneStyles = {
    wrap: {display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 8},
    text: {margin: 0, color: 'var(--center-channel-color)', fontWeight: 600},
    icon: {color: 'var(--online-indicator)'},
} satisfies Record<string, CSSProperties>;
