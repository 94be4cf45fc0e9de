import type {CSSProperties} from 'react';
import {useIntl, type MessageDescriptor} from 'react-intl';

import {useTeamPeople} from '../common/use_team_people';

import {AREAS, AREA_NAMES, CATEGORIES, CATEGORY_NAMES, STATUS_NAMES} from './triage_names';
import {PRIORITIES, STATUSES, UNOWNED, type QueueFilter} from './triage_order';

type Props = {filter: QueueFilter; onChange: (filter: QueueFilter) => void};
type Option = {value: string; label: string};

/** One select per filter; the first option of each ("Any …") clears it. */
export function QueueFilters({filter, onChange}: Props) {
    const {formatMessage} = useIntl();
    const {people} = useTeamPeople();
    const named = <K extends string>(keys: readonly K[], names: Record<K, MessageDescriptor>): Option[] =>
        keys.map((k) => ({value: k, label: formatMessage(names[k])}));
    const select = (key: keyof QueueFilter, label: MessageDescriptor, options: Option[]) => (
        <select aria-label={formatMessage(label)} value={filter[key]} style={filterStyles.select} onChange={(e) => onChange({...filter, [key]: e.target.value})}>
            <option value=''>{formatMessage({id: 'triage.filter.any', defaultMessage: 'Any {what}'}, {what: formatMessage(label).toLowerCase()})}</option>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
    );
    const owners = [{value: UNOWNED, label: formatMessage({id: 'triage.owner.none', defaultMessage: 'Nobody yet'})}, ...people.map((p) => ({value: p.id, label: `@${p.username}`}))];
    return (
        <div role='group' aria-label={formatMessage({id: 'triage.filter', defaultMessage: 'Filter requests'})} style={filterStyles.row}>
            {select('status', {id: 'triage.filter.status', defaultMessage: 'Status'}, named(STATUSES, STATUS_NAMES))}
            {select('category', {id: 'triage.category', defaultMessage: 'Category'}, named(CATEGORIES, CATEGORY_NAMES))}
            {select('priority', {id: 'triage.priority', defaultMessage: 'Priority'}, PRIORITIES.map((p) => ({value: p, label: p.toUpperCase()})))}
            {select('owner', {id: 'triage.owner', defaultMessage: 'Owner'}, owners)}
            {select('area', {id: 'triage.area', defaultMessage: 'Ownership area'}, named(AREAS, AREA_NAMES))}
        </div>
    );
}

const filterStyles = {
    row: {display: 'flex', flexWrap: 'wrap', gap: 4, margin: '8px 0'},
    select: {
        flex: '1 1 45%', minWidth: 0, padding: '2px 4px', borderRadius: 4, font: 'inherit', fontSize: 12,
        border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', background: 'var(--center-channel-bg)', color: 'var(--center-channel-color)',
    },
} satisfies Record<string, CSSProperties>;
