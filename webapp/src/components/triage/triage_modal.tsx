import type {GlobalState} from '@mattermost/types/store';
import {useCallback} from 'react';
import {FormattedMessage} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import {getTriageWalkFrom, triageClosed} from '../../store/triage_slice';
import {ModalShell} from '../common/modal_shell';

import {TriageWalk} from './triage_walk';

/** Root component: the triage modal, shown while the store says it is open. */
export function TriageModal() {
    const dispatch = useDispatch();
    const from = useSelector((s: GlobalState) => getTriageWalkFrom(s));
    const close = useCallback(() => dispatch(triageClosed()), [dispatch]);
    if (from === null) {
        return null;
    }
    return (
        <ModalShell titleId='sre-triage-heading' title={<FormattedMessage id='triage.heading' defaultMessage='Triage'/>} onClose={close}>
            <TriageWalk from={from}/>
        </ModalShell>
    );
}
