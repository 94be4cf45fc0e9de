import {useEffect, useRef, useState, type RefObject} from 'react';
import {useIntl} from 'react-intl';

import type {TriagePriority} from '../../../../server-ts/src/contract/summary';
import type {TriageRequestView} from '../../../../server-ts/src/contract/triage';

import {triageCommand, type TriageCommand} from './triage_keys';
import {canMove, isEditable, type Verdict} from './triage_moves';
import type {TriageDraft} from './use_triage_draft';

type Deps = {
    current: TriageRequestView | undefined;
    draft: TriageDraft;
    change: (patch: Partial<TriageDraft>) => void;
    walk: {previous: () => void; next: () => void};
    decide: (request: TriageRequestView, verdict: Verdict, draft: TriageDraft) => Promise<void>;
};

const FIELD_IDS = {reason: 'sre-triage-reason', duplicateOf: 'sre-triage-duplicate'} as const;
const isPriority = (c: TriageCommand): c is TriagePriority => c === 'p1' || c === 'p2' || c === 'p3' || c === 'p4';

/**
 * What each command does, for buttons and keys alike. A move the request's status does not allow does nothing.
 * Declining without a reason or marking a duplicate without a target sends nothing: the missing field says so
 * and takes focus.
 */
export function useTriageCommands(container: RefObject<HTMLElement | null>, deps: Deps) {
    const {formatMessage} = useIntl();
    const [missing, setMissing] = useState<{id: string; fields: Record<string, string>} | null>(null);
    const MESSAGES = {
        reason: formatMessage({id: 'triage.reasonNeeded', defaultMessage: 'Say why: the requester sees it'}),
        duplicateOf: formatMessage({id: 'triage.duplicateNeeded', defaultMessage: 'Choose the request this one duplicates'}),
    };
    const isFilled = (field: 'reason' | 'duplicateOf') => {
        if (deps.draft[field].trim() !== '') {
            return true;
        }
        setMissing({id: deps.current?.id ?? '', fields: {[field]: MESSAGES[field]}});
        document.getElementById(FIELD_IDS[field])?.focus();
        return false;
    };
    const isReady = (c: Verdict) => (c === 'decline' ? isFilled('reason') : c !== 'duplicate' || isFilled('duplicateOf'));
    const run = (c: TriageCommand) => {
        const {current, draft} = deps;
        if (c === 'previous') {
            deps.walk.previous();
        } else if (c === 'next' || c === 'skip') {
            deps.walk.next();
        } else if (!current) {
            return;
        } else if (isPriority(c)) {
            if (isEditable(current.status)) {
                deps.change({priority: c});
            }
        } else if (canMove(current.status, c) && isReady(c)) {
            void deps.decide(current, c, draft);
        }
    };
    useCommandKeys(container, run);
    const missingFields = missing && missing.id === deps.current?.id ? missing.fields : {};
    return {run, missingFields};
}

// A native listener, as in ModalShell: the container is not interactive itself, the keys pressed inside it are.
function useCommandKeys(container: RefObject<HTMLElement | null>, run: (c: TriageCommand) => void) {
    const latest = useRef(run);
    useEffect(() => {
        latest.current = run;
    });
    useEffect(() => {
        const el = container.current;
        const onKeyDown = (e: KeyboardEvent) => {
            const c = triageCommand(e);
            if (c) {
                e.preventDefault();
                latest.current(c);
            }
        };
        el?.addEventListener('keydown', onKeyDown);
        return () => el?.removeEventListener('keydown', onKeyDown);
    }, [container]);
}
