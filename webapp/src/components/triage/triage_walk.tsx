import {useEffect, useRef} from 'react';
import {FormattedMessage} from 'react-intl';

import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';
import {styles} from '../common/styles';

import {TriageActionsBar} from './triage_actions_bar';
import {TriageDecisionFields} from './triage_decision_fields';
import {isSettling, type Verdict} from './triage_moves';
import {splitProblems} from './triage_problems';
import {TriageRequestCard} from './triage_request_card';
import {TriageTimeline} from './triage_timeline';
import {useTriageCommands} from './use_triage_commands';
import {useTriageDecision} from './use_triage_decision';
import {useTriageDetail} from './use_triage_detail';
import {useTriageDraft} from './use_triage_draft';
import {useTriageQueue} from './use_triage_queue';
import {useTriageWalk} from './use_triage_walk';

/**
 * The triage modal's body: one request at a time, decided by keys or buttons. Accept, decline and duplicate move
 * on to the next request; start, done, reopen and save keep the request in view with its new status.
 */
export function TriageWalk({from}: {from: string}) {
    const ref = useRef<HTMLDivElement>(null);
    const queue = useTriageQueue();
    const walk = useTriageWalk(queue.requests, from);
    const current = walk.current;
    const {draft, change, reset} = useTriageDraft(current);
    const detail = useTriageDetail(current);
    const decision = useTriageDecision((verdict: Verdict, saved: TriageRequestView) => (isSettling(verdict) ? walk.decided(saved.id) : reset(saved)));
    const {run, missingFields} = useTriageCommands(ref, {current, draft, change, walk, decide: decision.decide});
    const problems = splitProblems(decision.errorFor(current?.id));
    return (
        // Focusable only by click, so a click on plain text keeps the shortcuts working.
        <div ref={ref} tabIndex={-1} style={{outline: 'none'}}>
            <WalkHeader position={walk.position} total={walk.total} isLoading={!walk.isReady && queue.status !== 'failed'}/>
            {queue.error && !walk.isReady && <p role='alert' style={styles.danger}>{queue.error.message}</p>}
            {walk.isReady && !current && <EndOfQueue/>}
            {current && <TriageRequestCard request={current} suggestion={detail?.suggestion ?? null}/>}
            {current && <TriageDecisionFields request={current} requests={queue.requests ?? []} draft={draft} change={change} errors={{...problems.inline, ...missingFields}}/>}
            {problems.general && <p role='alert' style={styles.danger}>{problems.general}</p>}
            <TriageActionsBar status={current?.status ?? null} isBusy={decision.isBusy} onCommand={run}/>
            {current && detail && <TriageTimeline timeline={detail.timeline} known={[current.requester, ...(current.owner ? [current.owner] : [])]}/>}
        </div>
    );
}

function WalkHeader({position, total, isLoading}: {position: number; total: number; isLoading: boolean}) {
    if (isLoading) {
        return <p role='status' style={styles.muted}><FormattedMessage id='triage.loading' defaultMessage='Loading the triage queue…'/></p>;
    }
    return (
        <p style={styles.muted}>
            <FormattedMessage id='triage.position' defaultMessage='{position} of {total}' values={{position: Math.min(position, total), total}}/>
        </p>
    );
}

// Takes focus as the card did, so the arrow keys still reach the modal at the end of the queue.
function EndOfQueue() {
    const ref = useRef<HTMLParagraphElement>(null);
    useEffect(() => ref.current?.focus(), []);
    return (
        <p ref={ref} tabIndex={-1} style={{...styles.muted, outline: 'none'}}>
            <FormattedMessage id='triage.end' defaultMessage='Nothing more to triage. Well done.'/>
        </p>
    );
}
