import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import type {ChecklistItem, IncidentView} from '../../../../server-ts/src/contract/incidents';
import {styles} from '../common/styles';

import {panelStyles} from './panel_styles';
import type {IncidentMutation} from './use_incident_mutation';

type Props = {incident: IncidentView; mutation: IncidentMutation};

/** The incident's checklist; ticking or unticking a step is one API call. */
export function IncidentChecklist({incident, mutation}: Props) {
    if (incident.checklist.length === 0) {
        return null;
    }
    return (
        <div>
            <h4 id='sre-incident-checklist' style={panelStyles.subheading}>
                <FormattedMessage id='incident.checklist' defaultMessage='Checklist'/>
            </h4>
            <ul aria-labelledby='sre-incident-checklist' style={panelStyles.list}>
                {incident.checklist.map((item, index) => (
                    <ChecklistRow key={`${index}-${item.title}`} item={item}
                        onTick={(done) => void mutation.run((c) => c.tickChecklist(incident.id, index, done))}/>
                ))}
            </ul>
        </div>
    );
}

// A step may link a library runbook (shown by its title) and a plain URL; incidents declared before the library lack the first.
function ChecklistRow({item, onTick}: {item: ChecklistItem; onTick: (done: boolean) => void}) {
    return (
        <li style={styles.row}>
            <label style={styles.grow}>
                <input type='checkbox' checked={item.doneAt !== null} onChange={(e) => onTick(e.target.checked)}/>
                {' '}{item.title}
            </label>
            {item.runbook && (
                <a href={item.runbook.url} target='_blank' rel='noopener noreferrer' style={checklistStyles.runbook} title={item.runbook.title}>
                    <i className='icon icon-book-outline' aria-hidden='true'/>
                    {item.runbook.title}
                </a>
            )}
            {item.runbookUrl && (
                <a href={item.runbookUrl} target='_blank' rel='noopener noreferrer' style={styles.link}>
                    <FormattedMessage id='incident.runbook' defaultMessage='Runbook'/>
                </a>
            )}
        </li>
    );
}

// A long runbook title gives way to the step's own, which says what to do.
const checklistStyles = {
    runbook: {...styles.link, maxWidth: '45%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap'},
} satisfies Record<string, CSSProperties>;
