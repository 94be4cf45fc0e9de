import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import type {Person} from '../../../../server-ts/src/contract/incidents';

type Props = {id: string; optionId: (personId: string) => string; people: readonly Person[]; active: number; onPick: (person: Person) => void};

/** The owner combobox's popup: the matches, the active one marked; focus stays in the input (aria-activedescendant). */
export function OwnerOptions({id, optionId, people, active, onPick}: Props) {
    const {formatMessage} = useIntl();
    return (
        <ul
            id={id}
            role='listbox'
            aria-label={formatMessage({id: 'triage.owner.list', defaultMessage: 'Team members'})}
            style={people.length > 0 ? listStyles.list : listStyles.hidden}
        >
            {people.map((p, i) => (
                <li
                    key={p.id}
                    id={optionId(p.id)}
                    role='option'
                    aria-selected={i === active}
                    style={i === active ? listStyles.active : listStyles.option}
                    // Picked on mouse down, before the input's blur closes the list.
                    onMouseDown={(e) => {
                        e.preventDefault();
                        onPick(p);
                    }}
                >{`@${p.username}`}</li>
            ))}
        </ul>
    );
}

const option: CSSProperties = {padding: '4px 8px', borderRadius: 4, cursor: 'pointer', color: 'var(--center-channel-color)'};

const listStyles = {
    list: {
        listStyle: 'none', margin: 0, padding: 4, maxHeight: 200, overflowY: 'auto', borderRadius: 4,
        border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', background: 'var(--center-channel-bg)',
    },
    hidden: {display: 'none'},
    option,
    active: {...option, background: 'rgba(var(--button-bg-rgb), 0.08)', color: 'var(--button-bg)'},
} satisfies Record<string, CSSProperties>;
