import {Field} from '../common/field';

type Props = {id: string; label: string; value: string; onChange: (value: string) => void; isReadOnly: boolean; error?: string; hint?: string; rows?: number};

/** One of the retrospective's free texts; read-only once it is published. */
export function RetroTextArea({id, label, value, onChange, isReadOnly, error, hint, rows = 3}: Props) {
    return (
        <Field id={id} label={label} error={error} hint={hint}>
            <textarea rows={rows} value={value} readOnly={isReadOnly} onChange={(e) => onChange(e.target.value)}/>
        </Field>
    );
}
