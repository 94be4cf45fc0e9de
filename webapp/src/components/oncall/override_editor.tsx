import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';

import {NewOverride} from './new_override';
import {OverrideRow} from './override_row';
import {addOverride, removeOverride, type Draft} from './schedule_draft';

type Props = {draft: Draft; errorOf: (path: string) => string | undefined; onChange: (draft: Draft) => void};

/** Overrides: who covers a stretch instead of the layers; they win over every layer. */
export function OverrideEditor({draft, errorOf, onChange}: Props) {
    return (
        <fieldset style={overrideStyles.set}>
            <legend style={overrideStyles.legend}><FormattedMessage id='oncall.edit.overrides' defaultMessage='Overrides'/></legend>
            {draft.overrides.length > 0 && (
                <ul style={overrideStyles.list}>
                    {draft.overrides.map((o, k) => (
                        <OverrideRow key={`${k}-${o.user}-${o.start}`} index={k} override={o} zone={draft.timeZone} errorOf={errorOf}
                            onRemove={() => onChange(removeOverride(draft, k))}/>
                    ))}
                </ul>
            )}
            <NewOverride zone={draft.timeZone} onAdd={(o) => onChange(addOverride(draft, o))}/>
        </fieldset>
    );
}

const overrideStyles = {
    set: {border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', borderRadius: 4, padding: '8px 12px', margin: '0 0 12px'},
    legend: {fontWeight: 600, padding: '0 4px'},
    list: {listStyle: 'none', margin: '0 0 8px', padding: 0, display: 'flex', flexDirection: 'column', gap: 4},
} satisfies Record<string, CSSProperties>;
