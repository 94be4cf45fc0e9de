import {useState} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {Field} from '../common/field';
import {styles} from '../common/styles';

import {findDuplicates} from './triage_order';

type Props = {
    requests: readonly TriageRequestView[];
    currentId: string;
    chosenId: string;
    error?: string;
    onChoose: (id: string) => void;
};

/** "Duplicate of": search the loaded queue by number or title, then pick one. */
export function DuplicateSearch({requests, currentId, chosenId, error, onChoose}: Props) {
    const {formatMessage} = useIntl();
    const [query, setQuery] = useState('');
    const found = findDuplicates(requests, query, currentId);
    const chosen = requests.find((r) => r.id === chosenId);
    return (
        <div>
            <Field
                id='sre-triage-duplicate'
                label={formatMessage({id: 'triage.duplicateOf', defaultMessage: 'Duplicate of'})}
                hint={formatMessage({id: 'triage.duplicateHint', defaultMessage: 'Search by number or title'})}
                error={error}
            >
                <input type='search' value={query} onChange={(e) => setQuery(e.target.value)}/>
            </Field>
            {chosen && (
                <p role='status' style={styles.muted}>
                    <FormattedMessage id='triage.duplicateChosen' defaultMessage='Duplicate of #{number} {title}' values={{number: chosen.number, title: chosen.title}}/>
                </p>
            )}
            {found.length > 0 && (
                <ul aria-label={formatMessage({id: 'triage.duplicateResults', defaultMessage: 'Matching requests'})} style={styles.list}>
                    {found.map((r) => (
                        <li key={r.id}>
                            <button type='button' aria-pressed={r.id === chosenId} style={styles.badge} onClick={() => onChoose(r.id)}>
                                {`#${r.number} ${r.title}`}
                            </button>
                        </li>
                    ))}
                </ul>
            )}
        </div>
    );
}
