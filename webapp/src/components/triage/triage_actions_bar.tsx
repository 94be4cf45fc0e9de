import type {CSSProperties, ReactNode} from 'react';
import {FormattedMessage} from 'react-intl';

import type {TriagePriority} from '../../../../server-ts/src/contract/summary';
import type {TriageStatus} from '../../../../server-ts/src/contract/triage';
import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';

import {KeyHint} from './key_hint';
import {SHORTCUT, type TriageCommand} from './triage_keys';
import {movesFor, type Verdict} from './triage_moves';

// status: of the request in view; null at the end of the queue, where only moving back makes sense.
type Props = {status: TriageStatus | null; isBusy: boolean; onCommand: (c: TriageCommand) => void};

const LABELS: Readonly<Record<Verdict | 'skip' | 'previous' | 'next', ReactNode>> = {
    previous: <FormattedMessage id='triage.previous' defaultMessage='Previous'/>,
    skip: <FormattedMessage id='triage.skip' defaultMessage='Skip'/>,
    next: <FormattedMessage id='triage.next' defaultMessage='Next'/>,
    decline: <FormattedMessage id='triage.decline' defaultMessage='Decline'/>,
    duplicate: <FormattedMessage id='triage.duplicate' defaultMessage='Duplicate'/>,
    set: <FormattedMessage id='triage.set' defaultMessage='Save changes'/>,
    done: <FormattedMessage id='triage.done' defaultMessage='Done'/>,
    reopen: <FormattedMessage id='triage.reopen' defaultMessage='Reopen'/>,
    start: <FormattedMessage id='triage.start' defaultMessage='Start'/>,
    accept: <FormattedMessage id='triage.accept' defaultMessage='Accept'/>,
};

// Left to right, the main move for each status last; the first move the status allows is its main one.
const ORDER: readonly Verdict[] = ['decline', 'duplicate', 'set', 'done', 'reopen', 'start', 'accept'];

/** Moving through the queue, and the decisions the request's status allows; each button shows its key. */
export function TriageActionsBar({status, isBusy, onCommand}: Props) {
    const moves = status === null ? [] : movesFor(status);
    const button = (c: Exclude<TriageCommand, TriagePriority>, style: CSSProperties, isDecision: boolean) => (
        <button
            key={c}
            type='button'
            style={style}
            aria-keyshortcuts={SHORTCUT[c]}
            aria-disabled={isDecision ? isBusy : undefined}
            aria-busy={isDecision ? isBusy : undefined}
            onClick={() => onCommand(c)}
        >
            {LABELS[c]}
            <KeyHint shortcut={SHORTCUT[c]}/>
        </button>
    );
    return (
        <div style={barStyles.bar}>
            {(['previous', 'skip', 'next'] as const).map((c) => button(c, actionStyles.secondary, false))}
            <span style={{flex: 1}}/>
            {ORDER.filter((v) => moves.includes(v)).map((v) => button(v, v === moves[0] ? styles.button : actionStyles.secondary, true))}
            <span style={styles.muted}>
                <FormattedMessage id='triage.escCloses' defaultMessage='{key} closes' values={{key: <kbd>{'Esc'}</kbd>}}/>
            </span>
        </div>
    );
}

const barStyles = {
    bar: {display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginTop: 8},
} satisfies Record<string, CSSProperties>;
