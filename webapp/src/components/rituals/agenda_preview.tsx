import {useState, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {RitualAgendaPreview} from '../../../../server-ts/src/contract/rituals';
import type {ApiError} from '../../api/result';
import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';

import {RitualTime} from './ritual_time';
import {useRitualsClient} from './use_rituals_client';

type Props = {ritualId: string; name: string; zone: string};

/** The agenda the companion would post for the next occurrence, as the Markdown it posts, loaded when asked for. */
export function AgendaPreview({ritualId, name, zone}: Props) {
    const {formatMessage} = useIntl();
    const client = useRitualsClient();
    const [agenda, setAgenda] = useState<RitualAgendaPreview | null>(null);
    const [error, setError] = useState<ApiError | null>(null);
    const [isOpen, setOpen] = useState(false);
    const toggle = async () => {
        setOpen(!isOpen);
        if (isOpen) {
            return;
        }
        const r = await client.ritualAgenda(ritualId);
        setAgenda(r.ok ? r.value : null);
        setError(r.ok ? null : r.error);
    };
    return (
        <div>
            <button type='button' style={previewStyles.button} aria-expanded={isOpen} onClick={() => void toggle()}>
                <FormattedMessage id='rituals.agenda.preview' defaultMessage='Preview agenda'/>
            </button>
            {isOpen && error && <p role='alert' style={styles.danger}>{error.message}</p>}
            {isOpen && agenda && (
                <section aria-label={formatMessage({id: 'rituals.agenda.label', defaultMessage: 'Agenda of {name}'}, {name})} style={previewStyles.box}>
                    {agenda.occurrenceAt && (
                        <p style={styles.muted}>
                            <FormattedMessage id='rituals.agenda.for' defaultMessage='For {time}' values={{time: <RitualTime iso={agenda.occurrenceAt} zone={zone}/>}}/>
                        </p>
                    )}
                    <pre style={previewStyles.markdown}>{agenda.markdown}</pre>
                </section>
            )}
        </div>
    );
}

const previewStyles = {
    button: {...actionStyles.secondary, padding: '2px 8px', fontSize: 12},
    box: {marginTop: 6, padding: 8, borderRadius: 4, background: 'rgba(var(--center-channel-color-rgb), 0.04)'},
    markdown: {margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', font: 'inherit', fontSize: 12, color: 'var(--center-channel-color)', background: 'none', border: 0, padding: 0},
} satisfies Record<string, CSSProperties>;
