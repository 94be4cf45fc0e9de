import {useState, type CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {IncidentView} from '../../../../server-ts/src/contract/incidents';
import {styles} from '../common/styles';

import {RetroModal} from './retro_modal';

/** A resolved incident's way into its retrospective: the review opens as a large modal over the page. */
export function RetrospectiveEntry({incident}: {incident: IncidentView}) {
    const [isOpen, setOpen] = useState(false);
    if (incident.status !== 'resolved') {
        return null;
    }
    return (
        <div style={entryStyles.wrap}>
            <button type='button' style={styles.button} aria-haspopup='dialog' onClick={() => setOpen(true)}>
                <i className='icon icon-file-text-outline' aria-hidden='true'/>
                <FormattedMessage id='incident.retrospective' defaultMessage='Retrospective'/>
            </button>
            <span style={styles.muted}>
                <FormattedMessage id='incident.retrospective.hint' defaultMessage='What happened, what to learn, who follows up'/>
            </span>
            {isOpen && <RetroModal incident={incident} onClose={() => setOpen(false)}/>}
        </div>
    );
}

const entryStyles = {
    wrap: {display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 4},
} satisfies Record<string, CSSProperties>;
