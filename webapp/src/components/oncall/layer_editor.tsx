import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {Field} from '../common/field';
import {styles} from '../common/styles';

import {LayerUsers} from './layer_users';
import {RotationFields} from './rotation_fields';
import type {LayerDraft} from './schedule_draft';

type Props = {index: number; layer: LayerDraft; zone: string; errorOf: (path: string) => string | undefined; onChange: (layer: LayerDraft) => void};

/** One rotation layer: its name, its people in order, how often it hands off and from when (wall-clock time in the zone). */
export function LayerEditor({index, layer, zone, errorOf, onChange}: Props) {
    const {formatMessage} = useIntl();
    const path = `layers[${index}]`;
    const id = `sre-layer-${index}`;
    return (
        <fieldset style={layerStyles.set}>
            <legend style={layerStyles.legend}>
                <FormattedMessage id='oncall.edit.layer' defaultMessage='Layer {number}' values={{number: index + 1}}/>
            </legend>
            <Field id={`${id}-name`} label={formatMessage({id: 'oncall.edit.layerName', defaultMessage: 'Layer name'})} error={errorOf(`${path}.name`)}>
                <input type='text' value={layer.name} onChange={(e) => onChange({...layer, name: e.target.value})}/>
            </Field>
            <LayerUsers id={id} layer={layer} path={path} errorOf={errorOf} onChange={onChange}/>
            <RotationFields id={id} path={path} layer={layer} errorOf={errorOf} onChange={onChange}/>
            <Field id={`${id}-start`} label={formatMessage({id: 'oncall.edit.start', defaultMessage: 'First hand-off ({zone})'}, {zone})}
                hint={formatMessage({id: 'oncall.edit.start.hint', defaultMessage: 'Hand-offs keep this wall-clock time, also across daylight saving'})}
                error={errorOf(`${path}.start`)}>
                <input type='datetime-local' value={layer.start} onChange={(e) => onChange({...layer, start: e.target.value})}/>
            </Field>
            {(layer.restrictions ?? []).length > 0 && (
                <p style={styles.muted}>
                    <FormattedMessage id='oncall.edit.restrictions' defaultMessage='Only on: {windows}'
                        values={{windows: (layer.restrictions ?? []).map((r) => `${r.days.join(', ')} ${r.from}–${r.to}`).join('; ')}}/>
                </p>
            )}
        </fieldset>
    );
}

const layerStyles = {
    set: {border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', borderRadius: 4, padding: '8px 12px', margin: '0 0 12px'},
    legend: {fontWeight: 600, padding: '0 4px'},
} satisfies Record<string, CSSProperties>;
