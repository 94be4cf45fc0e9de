import type {CSSProperties} from 'react';

import type {Me} from '../../api/incident_shapes';
import type {OnCallNow} from '../../../../server-ts/src/contract/summary';

import {OncallActions} from './oncall_actions';
import {OncallGap} from './oncall_gap';
import {OncallHolders} from './oncall_holders';
import {OncallNext} from './oncall_next';

type Props = {entry: OnCallNow; me: Me | null; avatarOf: (username: string) => string | null; onOpen: () => void};

/** One schedule in the widget: who holds it now (or the gap, loudly), who is next, and what I can do about it. */
export function OncallCard({entry, me, avatarOf, onOpen}: Props) {
    const headingId = `sre-oncall-${entry.scheduleId}`;
    const isGap = entry.users.length === 0;
    return (
        <li aria-labelledby={headingId} style={isGap ? cardStyles.gap : cardStyles.card}>
            <h4 id={headingId} style={cardStyles.name}>{entry.scheduleName}</h4>
            {isGap ? <OncallGap entry={entry}/> : <OncallHolders entry={entry} avatarOf={avatarOf}/>}
            {entry.next && <OncallNext next={entry.next} zone={entry.timeZone} avatarOf={avatarOf}/>}
            <OncallActions entry={entry} me={me} onOpen={onOpen}/>
        </li>
    );
}

const card: CSSProperties = {
    display: 'flex', flexDirection: 'column', gap: 4, padding: '8px 10px', borderRadius: 4,
    border: '1px solid rgba(var(--center-channel-color-rgb), 0.16)', color: 'var(--center-channel-color)',
};

const cardStyles = {
    card,
    // A gap is the loudest thing in the sidebar: the theme's error colour, border and a tinted background.
    gap: {...card, border: '2px solid var(--error-text)', background: 'rgba(var(--error-text-color-rgb), 0.08)'},
    name: {margin: 0, fontSize: 14, fontWeight: 600},
} satisfies Record<string, CSSProperties>;
