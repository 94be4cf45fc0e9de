import {DateTime} from 'luxon';
import type {CSSProperties} from 'react';
import {useIntl} from 'react-intl';

import {fieldStyles} from '../common/field';
import {actionStyles} from '../common/form_actions';

import type {OverrideDraft} from './schedule_draft';
import {toWallInput} from './time_format';

type Props = {index: number; override: OverrideDraft; zone: string; errorOf: (path: string) => string | undefined; onRemove: () => void};

// Read as UTC only to format the wall-clock digits as they are, whatever the browser's zone.
const shown = (value: string, zone: string, locale: string) => {
    const at = DateTime.fromISO(toWallInput(value, zone), {zone: 'utc', locale});
    return at.isValid ? at.toLocaleString(DateTime.DATETIME_MED) : value;
};

/** One override in the editor, in the schedule's zone, with the companion's complaints about it beside it. */
export function OverrideRow({index, override, zone, errorOf, onRemove}: Props) {
    const {formatMessage, locale} = useIntl();
    const path = `overrides[${index}]`;
    const errors = [path, `${path}.user`, `${path}.start`, `${path}.end`].map(errorOf).filter((e): e is string => e !== undefined);
    return (
        <li style={rowStyles.row}>
            <span style={rowStyles.text}>{`@${override.user} ${shown(override.start, zone, locale)} – ${shown(override.end, zone, locale)}`}</span>
            <button type='button' style={rowStyles.button} onClick={onRemove}
                aria-label={formatMessage({id: 'oncall.edit.override.remove', defaultMessage: 'Remove the override of @{user}'}, {user: override.user})}>
                <i className='icon icon-close' aria-hidden='true'/>
            </button>
            {errors.length > 0 && <span style={{...fieldStyles.error, ...rowStyles.errors}}>{errors.join(' ')}</span>}
        </li>
    );
}

const rowStyles = {
    row: {display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4},
    text: {flex: 1},
    button: {...actionStyles.secondary, padding: '0 6px', fontSize: 12},
    errors: {flexBasis: '100%'},
} satisfies Record<string, CSSProperties>;
