import type {DialogElement} from '@mattermost/types/integrations';
import {getMyChannels} from 'mattermost-redux/selectors/entities/channels';

import {useHostSelector} from '../../store/hooks';
import type {FieldValue} from './dialog_values';

type Props = {element: DialogElement; value: FieldValue | undefined; error: string | undefined; onChange: (v: FieldValue) => void};
type Option = {text: string; value: string};

const INPUT_TYPES = new Set(['email', 'number', 'tel', 'url', 'password']);

// @mattermost/types declares `options` always present, but integrations omit it on text fields and
// Mattermost passes the dialog through as sent.
const staticOptions = (element: DialogElement): Option[] =>
    ((element.options as DialogElement['options'] | undefined) ?? []).map((o) => ({text: o.text, value: String(o.value)}));

function useOptions(element: DialogElement): Option[] {
    const users = useHostSelector((s) => s.entities.users.profiles);
    const teamId = useHostSelector((s) => s.entities.teams.currentTeamId);
    const channels = useHostSelector(getMyChannels);
    if (element.data_source === 'users') {
        return Object.values(users).filter((u) => !u.is_bot && !u.delete_at)
            .map((u) => ({text: u.username, value: u.id})).sort((a, b) => a.text.localeCompare(b.text));
    }
    if (element.data_source === 'channels') {
        return channels.filter((c) => c.team_id === teamId).map((c) => ({text: c.display_name, value: c.id}));
    }
    return staticOptions(element);
}

function Control({element, value, onChange, describedBy}: Omit<Props, 'error'> & {describedBy: string}) {
    const options = useOptions(element);
    const id = `dialog-${element.name}`;
    const common = {id, name: element.name, 'aria-describedby': describedBy, 'aria-required': !element.optional};
    const text = typeof value === 'string' ? value : '';
    switch (element.type) {
    case 'textarea':
        return <textarea {...common} rows={4} value={text} placeholder={element.placeholder} onChange={(e) => onChange(e.target.value)}/>;
    case 'select':
        return (
            <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
                <option value=''>{element.placeholder || 'Select an option'}</option>
                {options.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
            </select>
        );
    case 'bool':
        return (
            <label className='dialog__bool'>
                <input {...common} type='checkbox' checked={value === true} onChange={(e) => onChange(e.target.checked)}/>
                {element.placeholder || element.display_name}
            </label>
        );
    default:
        return (
            <input {...common} type={INPUT_TYPES.has(element.subtype) ? element.subtype : 'text'} value={text}
                placeholder={element.placeholder} onChange={(e) => onChange(e.target.value)}/>
        );
    }
}

function RadioGroup({element, value, onChange, describedBy}: Omit<Props, 'error'> & {describedBy: string}) {
    return (
        <fieldset className='dialog__radio' aria-describedby={describedBy}>
            <legend>{element.display_name}{!element.optional && <span aria-hidden='true'>{' *'}</span>}</legend>
            {staticOptions(element).map((o) => (
                <label key={o.value}>
                    <input type='radio' name={element.name} value={o.value} checked={value === o.value}
                        onChange={() => onChange(o.value)}/>
                    {o.text}
                </label>
            ))}
        </fieldset>
    );
}

// One dialog element: its label, control, help text and the field error the integration returned.
export function DialogField(props: Props) {
    const {element, error} = props;
    const describedBy = `dialog-${element.name}-help`;
    return (
        <div className={`dialog__field${error ? ' dialog__field--error' : ''}`}>
            {element.type === 'radio' ? <RadioGroup {...props} describedBy={describedBy}/> : (
                <>
                    {element.type !== 'bool' && (
                        <label htmlFor={`dialog-${element.name}`}>
                            {element.display_name}{!element.optional && <span aria-hidden='true'>{' *'}</span>}
                        </label>
                    )}
                    <Control {...props} describedBy={describedBy}/>
                </>
            )}
            <div id={describedBy}>
                {error && <p className='error-text' role='alert'>{error}</p>}
                {element.help_text && <p className='dialog__help'>{element.help_text}</p>}
            </div>
        </div>
    );
}
