import {useState, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {Person} from '../../../../server-ts/src/contract/incidents';
import {Field, fieldStyles} from '../common/field';
import {actionStyles} from '../common/form_actions';

import type {OverrideDraft} from './schedule_draft';
import {OwnerCombobox} from '../triage/owner_combobox';

/** Who covers instead of the layers, from when until when (wall-clock times in the schedule's zone). */
export function NewOverride({zone, onAdd}: {zone: string; onAdd: (override: OverrideDraft) => void}) {
    const {formatMessage} = useIntl();
    const [person, setPerson] = useState<Person | null>(null);
    const [start, setStart] = useState('');
    const [end, setEnd] = useState('');
    const add = () => {
        if (!person || start === '' || end === '') {
            return;
        }
        // Without an offset the companion reads these as local to the schedule, as issue 7 specifies.
        onAdd({user: person.username, start, end});
        setPerson(null);
        setStart('');
        setEnd('');
    };
    return (
        <>
            <OwnerCombobox placeholder='' id='sre-override-user' label={formatMessage({id: 'oncall.edit.override.user', defaultMessage: 'Who covers'})} owner={person} onChange={setPerson}/>
            <div style={newStyles.row}>
                <Field id='sre-override-start' label={formatMessage({id: 'oncall.edit.override.start', defaultMessage: 'From ({zone})'}, {zone})}>
                    <input type='datetime-local' value={start} onChange={(e) => setStart(e.target.value)}/>
                </Field>
                <Field id='sre-override-end' label={formatMessage({id: 'oncall.edit.override.end', defaultMessage: 'Until ({zone})'}, {zone})}>
                    <input type='datetime-local' value={end} onChange={(e) => setEnd(e.target.value)}/>
                </Field>
            </div>
            <button type='button' style={actionStyles.secondary} aria-disabled={!person || start === '' || end === ''} aria-describedby='sre-override-hint' onClick={add}>
                <FormattedMessage id='oncall.edit.override.add' defaultMessage='Add override'/>
            </button>
            <span id='sre-override-hint' style={fieldStyles.hint}>
                <FormattedMessage id='oncall.edit.override.hint' defaultMessage='Pick who covers and both times; Save or Preview to check it.'/>
            </span>
        </>
    );
}

const newStyles = {
    row: {display: 'flex', gap: 8},
} satisfies Record<string, CSSProperties>;
