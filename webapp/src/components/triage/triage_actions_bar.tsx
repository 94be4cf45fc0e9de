import type {CSSProperties, ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';

import {SHORTCUT, type TriageCommand} from './triage_keys';

type Props = {isBusy: boolean; hasRequest: boolean; onCommand: (c: TriageCommand) => void};

const secondary = (c: 'skip' | 'previous' | 'next') => ({
    skip: <FormattedMessage id='triage.skip' defaultMessage='Skip'/>,
    previous: <FormattedMessage id='triage.previous' defaultMessage='Previous'/>,
    next: <FormattedMessage id='triage.next' defaultMessage='Next'/>,
})[c];

/** Accept / decline / duplicate, and moving through the queue; each button announces its key. */
export function TriageActionsBar({isBusy, hasRequest, onCommand}: Props) {
    const decision = (c: 'accept' | 'decline' | 'duplicate', label: ReactNode, style: CSSProperties) => (
        <button type='button' style={style} aria-keyshortcuts={SHORTCUT[c]} aria-disabled={isBusy || !hasRequest} aria-busy={isBusy} onClick={() => onCommand(c)}>
            {label}
        </button>
    );
    return (
        <div style={barStyles.bar}>
            {(['previous', 'skip', 'next'] as const).map((c) => (
                <button key={c} type='button' style={actionStyles.secondary} aria-keyshortcuts={SHORTCUT[c]} onClick={() => onCommand(c)}>{secondary(c)}</button>
            ))}
            <span style={{flex: 1}}/>
            {decision('decline', <FormattedMessage id='triage.decline' defaultMessage='Decline'/>, actionStyles.secondary)}
            {decision('duplicate', <FormattedMessage id='triage.duplicate' defaultMessage='Duplicate'/>, actionStyles.secondary)}
            {decision('accept', <FormattedMessage id='triage.accept' defaultMessage='Accept'/>, styles.button)}
        </div>
    );
}

const barStyles = {
    bar: {display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8},
} satisfies Record<string, CSSProperties>;
