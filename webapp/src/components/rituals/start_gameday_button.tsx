import {useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import {actionStyles} from '../common/form_actions';
import {ModalShell} from '../common/modal_shell';

import {GamedayForm} from './gameday_form';

/** "Start gameday": a small button that opens the drill's modal. */
export function StartGamedayButton() {
    const [isOpen, setOpen] = useState(false);
    return (
        <>
            <button type='button' style={buttonStyles.start} onClick={() => setOpen(true)}>
                <i className='icon icon-flask-outline' aria-hidden='true'/>
                <FormattedMessage id='gameday.start' defaultMessage='Start gameday'/>
            </button>
            {isOpen && (
                <ModalShell titleId='sre-gameday-heading' title={<FormattedMessage id='gameday.heading' defaultMessage='Start gameday'/>} onClose={() => setOpen(false)}>
                    <GamedayForm onClose={() => setOpen(false)}/>
                </ModalShell>
            )}
        </>
    );
}

const buttonStyles = {
    start: {...actionStyles.secondary, marginLeft: 8, marginBottom: 8, display: 'inline-flex', alignItems: 'center', gap: 4},
} satisfies Record<string, CSSProperties>;
