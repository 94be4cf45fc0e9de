import type {CSSProperties} from 'react';
import {FormattedMessage} from 'react-intl';
import {useDispatch} from 'react-redux';

import type {OverdueFollowUp, Summary} from '../../../../server-ts/src/contract/summary';
import {triageOpened} from '../../store/triage_slice';
import {RelativeTime} from '../common/relative_time';
import {Section} from '../common/section';
import {styles} from '../common/styles';

/** Retrospective follow-ups: how many are open, and the overdue ones, each opening its request in the triage modal. */
export function FollowUpsSection({followUps}: {followUps: Summary['followUps']}) {
    const dispatch = useDispatch();
    const aside = followUps.overdue > 0 ? (
        <span style={{...styles.badge, ...styles.danger}}>
            <FormattedMessage id='sidebar.followUps.overdueCount' defaultMessage='{count} overdue' values={{count: followUps.overdue}}/>
        </span>
    ) : undefined;
    const more = followUps.overdue - followUps.overdueItems.length;
    return (
        <Section id='follow-ups' icon='icon-calendar-check-outline' title={<FormattedMessage id='sidebar.followUps.title' defaultMessage='Follow-ups'/>} aside={aside}>
            <p style={styles.muted}>
                {followUps.overdue === 0 ?
                    <FormattedMessage id='sidebar.followUps.onTime' defaultMessage='{open} open, none overdue' values={{open: followUps.open}}/> :
                    <FormattedMessage id='sidebar.followUps.open' defaultMessage='{open} open' values={{open: followUps.open}}/>}
            </p>
            {followUps.overdueItems.length > 0 && (
                <ul style={{...styles.list, marginTop: 6}}>
                    {followUps.overdueItems.map((f) => <OverdueRow key={f.requestId} followUp={f} onOpen={() => dispatch(triageOpened(f.requestId))}/>)}
                </ul>
            )}
            {more > 0 && (
                <p style={{...styles.muted, marginTop: 4}}>
                    <FormattedMessage id='sidebar.followUps.more' defaultMessage='and {count} more overdue' values={{count: more}}/>
                </p>
            )}
        </Section>
    );
}

function OverdueRow({followUp, onOpen}: {followUp: OverdueFollowUp; onOpen: () => void}) {
    return (
        <li>
            <button type='button' style={rowStyles.row} onClick={onOpen}>
                <span style={styles.grow}>{`#${followUp.number} ${followUp.title}`}</span>
            </button>
            <span style={rowStyles.detail}>
                {followUp.ownerUsername ? `@${followUp.ownerUsername} · ` : ''}
                <FormattedMessage id='sidebar.followUps.due' defaultMessage='due {age}' values={{age: <RelativeTime iso={followUp.dueAt}/>}}/>
                {' · '}
                <FormattedMessage id='sidebar.followUps.incident' defaultMessage='incident #{number}' values={{number: followUp.incidentNumber}}/>
            </span>
        </li>
    );
}

const rowStyles = {
    row: {...styles.row, width: '100%', border: 0, padding: 0, background: 'none', textAlign: 'left', cursor: 'pointer', font: 'inherit',
        color: 'var(--link-color)'},
    detail: {display: 'block', fontSize: 12, color: 'var(--error-text)'},
} satisfies Record<string, CSSProperties>;
