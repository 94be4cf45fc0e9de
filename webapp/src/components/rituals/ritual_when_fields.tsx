import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import {Field} from '../common/field';
import {errorFor} from '../templates/template_draft';

import type {RitualDraft} from './ritual_draft';
import {nthOf, NTH_LABELS, NTHS, WEEKDAYS, weekdayName} from './ritual_labels';

type Props = {draft: RitualDraft; change: (patch: Partial<RitualDraft>) => void; fields: Record<string, string>};

/**
 * When the ritual is held: weekly on a weekday, or monthly on the n-th or last weekday; at a wall time in its zone. The
 * companion names a bad cadence as a whole (`cadence`); of its parts only the time is typed, so that is where it shows.
 */
export function RitualWhenFields({draft, change, fields}: Props) {
    const {formatMessage, locale} = useIntl();
    const t = (id: string, defaultMessage: string) => formatMessage({id: `rituals.edit.${id}`, defaultMessage});
    return (
        <>
            <div style={whenStyles.row}>
                <Field id='sre-ritual-kind' label={t('kind', 'Repeats')}>
                    <select value={draft.kind} onChange={(e) => change({kind: e.target.value === 'monthly' ? 'monthly' : 'weekly'})}>
                        <option value='weekly'>{t('kind.weekly', 'Every week')}</option>
                        <option value='monthly'>{t('kind.monthly', 'Every month')}</option>
                    </select>
                </Field>
                {draft.kind === 'monthly' && (
                    <Field id='sre-ritual-nth' label={t('nth', 'Which')}>
                        <select value={draft.nth} onChange={(e) => change({nth: nthOf(e.target.value)})}>
                            {NTHS.map((n) => <option key={n} value={n}>{formatMessage(NTH_LABELS[n])}</option>)}
                        </select>
                    </Field>
                )}
                <Field id='sre-ritual-weekday' label={t('weekday', 'Weekday')}>
                    <select value={draft.weekday} onChange={(e) => change({weekday: Number(e.target.value)})}>
                        {WEEKDAYS.map((d) => <option key={d} value={d}>{weekdayName(d, locale)}</option>)}
                    </select>
                </Field>
            </div>
            <div style={whenStyles.row}>
                <Field id='sre-ritual-time' label={t('time', 'Time')} error={fields.cadence}>
                    <input type='time' value={draft.time} onChange={(e) => change({time: e.target.value})}/>
                </Field>
                <Field id='sre-ritual-zone' label={t('zone', 'Time zone')} error={errorFor(fields, 'timeZone')}
                    hint={t('zone.hint', 'An IANA name, e.g. Europe/Berlin')}>
                    <input type='text' value={draft.timeZone} onChange={(e) => change({timeZone: e.target.value})}/>
                </Field>
            </div>
        </>
    );
}

// Short selects side by side, as the schedule editor lays out its rotation.
const whenStyles = {
    row: {display: 'flex', gap: 8, flexWrap: 'wrap'},
} satisfies Record<string, CSSProperties>;
