import type {GlobalState} from '@mattermost/types/store';
import {FormattedMessage} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import {getNewRequestPrefill, newRequestClosed, triageOpened} from '../../store/triage_slice';
import {ModalShell} from '../common/modal_shell';

import {NewRequestForm} from './new_request_form';

/** Root component: the New request modal, shown while the store says it is open. */
export function NewRequestModal() {
    const dispatch = useDispatch();
    const prefill = useSelector((s: GlobalState) => getNewRequestPrefill(s));
    if (!prefill) {
        return null;
    }
    const close = () => dispatch(newRequestClosed());
    const openRequest = (id: string) => {
        close();
        dispatch(triageOpened(id));
    };
    return (
        <ModalShell titleId='sre-request-heading' title={<FormattedMessage id='request.heading' defaultMessage='New request'/>} onClose={close}>
            <NewRequestForm prefill={prefill} onClose={close} onOpenRequest={openRequest}/>
        </ModalShell>
    );
}
