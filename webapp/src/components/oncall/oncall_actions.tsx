import {useState, type CSSProperties, type ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import type {Me} from '../../api/incident_shapes';
import type {OnCallNow} from '../../../../server-ts/src/contract/summary';
import {actionStyles} from '../common/form_actions';

import {PageForm} from './page_form';
import {SwapForm} from './swap_form';
import {TakeOverForm} from './take_over_form';

type Panel = 'takeOver' | 'swap' | 'page';
type Props = {entry: OnCallNow; me: Me | null; onOpen: () => void};

/** Take over, Swap and Page open a small form under the buttons (one at a time); Open schedule opens the modal. */
export function OncallActions({entry, me, onOpen}: Props) {
    const [open, setOpen] = useState<Panel | null>(null);
    const panelId = `sre-oncall-${entry.scheduleId}-panel`;
    const toggleId = (panel: Panel) => `${panelId}-${panel}`;
    const close = () => {
        // The panel (and the focus in it) goes away: the keyboard goes back to the button that opened it.
        if (open) {
            document.getElementById(toggleId(open))?.focus();
        }
        setOpen(null);
    };
    const toggle = (panel: Panel, label: ReactNode) => (
        <button id={toggleId(panel)} type='button' style={buttonStyles.small} aria-expanded={open === panel}
            aria-controls={open === panel ? panelId : undefined} onClick={() => setOpen(open === panel ? null : panel)}>{label}</button>
    );
    return (
        <>
            <div role='group' aria-label={entry.scheduleName} style={buttonStyles.row}>
                {toggle('takeOver', <FormattedMessage id='oncall.takeOver' defaultMessage='Take over'/>)}
                {toggle('swap', <FormattedMessage id='oncall.swap' defaultMessage='Swap'/>)}
                {toggle('page', <FormattedMessage id='oncall.page' defaultMessage='Page'/>)}
                <button type='button' style={buttonStyles.small} onClick={onOpen}>
                    <FormattedMessage id='oncall.open' defaultMessage='Open schedule'/>
                </button>
            </div>
            {open && (
                <div id={panelId} style={buttonStyles.panel}>
                    {open === 'takeOver' && <TakeOverForm entry={entry} onClose={close}/>}
                    {open === 'swap' && <SwapForm entry={entry} me={me} onClose={close}/>}
                    {open === 'page' && <PageForm entry={entry} onClose={close}/>}
                </div>
            )}
        </>
    );
}

const buttonStyles = {
    row: {display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4},
    small: {...actionStyles.secondary, padding: '2px 8px', fontSize: 12},
    panel: {paddingTop: 8, borderTop: '1px solid rgba(var(--center-channel-color-rgb), 0.08)'},
} satisfies Record<string, CSSProperties>;
