import {FormattedMessage, useIntl} from 'react-intl';

import type {UpdateIntervals} from '../../../../server-ts/src/contract/incidents';
import {Field} from '../common/field';
import {SEVERITIES} from '../declare/declare_choices';

import {editorStyles} from './checklist_editor';

type Props = {intervals: UpdateIntervals; onChange: (intervals: UpdateIntervals) => void; fields: Record<string, string>};

/** Minutes between status updates, one number per severity. */
export function IntervalsEditor({intervals, onChange, fields}: Props) {
    const {formatMessage} = useIntl();
    return (
        <fieldset style={editorStyles.fieldset}>
            <legend style={editorStyles.legend}>
                <FormattedMessage id='templates.intervals' defaultMessage='Status update interval (minutes)'/>
            </legend>
            {fields.updateIntervalMinutes && <p style={{color: 'var(--error-text)'}}>{fields.updateIntervalMinutes}</p>}
            {SEVERITIES.map((sev) => (
                <Field
                    key={sev}
                    id={`sre-interval-${sev}`}
                    label={formatMessage({id: 'templates.interval', defaultMessage: '{sev} interval'}, {sev: sev.toUpperCase()})}
                    error={fields[`updateIntervalMinutes.${sev}`]}
                >
                    <input
                        type='number'
                        min={5}
                        max={1440}
                        value={intervals[sev]}
                        onChange={(e) => onChange({...intervals, [sev]: Number(e.target.value)})}
                    />
                </Field>
            ))}
        </fieldset>
    );
}
