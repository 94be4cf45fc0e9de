import type {CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {FollowUpView} from '../../../../server-ts/src/contract/retrospectives';
import {styles} from '../common/styles';
import {STATUS_NAMES} from '../triage/triage_names';

/** The review's follow-ups as triage requests: number, title, owner, due day, status, and whether it is late. */
export function FollowUpList({followUps}: {followUps: readonly FollowUpView[]}) {
    const {formatMessage} = useIntl();
    if (followUps.length === 0) {
        return <p style={styles.muted}><FormattedMessage id='retro.followUps.none' defaultMessage='No follow-ups yet: every lesson needs an owner and a date.'/></p>;
    }
    const head = (id: string, defaultMessage: string) => <th scope='col' style={listStyles.head}>{formatMessage({id, defaultMessage})}</th>;
    return (
        <table style={listStyles.table} aria-labelledby='sre-retro-follow-ups'>
            <thead>
                <tr>
                    {head('retro.followUps.number', '#')}
                    {head('retro.followUps.title', 'Title')}
                    {head('retro.followUps.owner', 'Owner')}
                    {head('retro.followUps.due', 'Due')}
                    {head('retro.followUps.status', 'Status')}
                </tr>
            </thead>
            <tbody>
                {followUps.map((f) => (
                    <tr key={f.requestId}>
                        <td style={listStyles.cell}>{`#${f.number}`}</td>
                        <td style={{...listStyles.cell, ...listStyles.title}}>{f.title}</td>
                        <td style={listStyles.cell}>{f.owner ? `@${f.owner.username}` : '—'}</td>
                        <td style={listStyles.cell}>
                            {f.dueDate ?? '—'}
                            {f.isOverdue && <span style={listStyles.overdue}><FormattedMessage id='retro.followUps.overdue' defaultMessage='Overdue'/></span>}
                        </td>
                        <td style={listStyles.cell}>{formatMessage(STATUS_NAMES[f.status])}</td>
                    </tr>
                ))}
            </tbody>
        </table>
    );
}

const listStyles = {
    table: {width: '100%', borderCollapse: 'collapse', margin: '0 0 12px', fontSize: 13},
    head: {textAlign: 'left', padding: '4px 6px', fontWeight: 600, color: 'rgba(var(--center-channel-color-rgb), 0.64)',
        borderBottom: '1px solid rgba(var(--center-channel-color-rgb), 0.16)'},
    cell: {padding: '6px', verticalAlign: 'top', borderBottom: '1px solid rgba(var(--center-channel-color-rgb), 0.08)', whiteSpace: 'nowrap'},
    title: {whiteSpace: 'normal', width: '100%'},
    overdue: {...styles.badge, ...styles.danger, marginLeft: 6, background: 'rgba(var(--error-text-color-rgb), 0.12)'},
} satisfies Record<string, CSSProperties>;
