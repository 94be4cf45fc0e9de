import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import {Field} from '../common/field';

import type {LayerDraft} from './schedule_draft';

type Props = {id: string; path: string; layer: LayerDraft; errorOf: (path: string) => string | undefined; onChange: (layer: LayerDraft) => void};

const UNITS = ['hour', 'day', 'week'] as const;

/** How often a layer hands off: every N hours, days or weeks. */
export function RotationFields({id, path, layer, errorOf, onChange}: Props) {
    const {formatMessage} = useIntl();
    const unitLabels = {
        hour: formatMessage({id: 'oncall.edit.unit.hour', defaultMessage: 'hours'}),
        day: formatMessage({id: 'oncall.edit.unit.day', defaultMessage: 'days'}),
        week: formatMessage({id: 'oncall.edit.unit.week', defaultMessage: 'weeks'}),
    };
    const rotation = layer.rotation;
    return (
        <div style={rotationStyles.row}>
            <Field id={`${id}-every`} label={formatMessage({id: 'oncall.edit.every', defaultMessage: 'Hand off every'})} error={errorOf(`${path}.rotation.every`)}>
                {/* An emptied field is NaN, sent as null, and the companion names the field. */}
                <input type='number' min={1} step={1} value={Number.isNaN(rotation.every) ? '' : rotation.every}
                    onChange={(e) => onChange({...layer, rotation: {...rotation, every: e.target.valueAsNumber}})}/>
            </Field>
            <Field id={`${id}-unit`} label={formatMessage({id: 'oncall.edit.unit', defaultMessage: 'Unit'})} error={errorOf(`${path}.rotation.unit`)}>
                <select value={rotation.unit} onChange={(e) => onChange({...layer, rotation: {...rotation, unit: e.target.value}})}>
                    {UNITS.map((u) => <option key={u} value={u}>{unitLabels[u]}</option>)}
                </select>
            </Field>
        </div>
    );
}

const rotationStyles = {
    row: {display: 'flex', gap: 8},
} satisfies Record<string, CSSProperties>;
