import type {GlobalState} from '@mattermost/types/store';
import {FormattedMessage} from 'react-intl';
import {useDispatch, useSelector} from 'react-redux';

import {declareClosed, getDeclarePrefill} from '../../store/incident_ui_slice';
import {ModalShell} from '../common/modal_shell';

import {DeclareForm} from './declare_form';

/**
 * Makes the root component that shows the Declare incident modal while the store says it is open.
 * onDeclared comes from the plugin (it opens the SRE sidebar with the action the registry gave it).
 */
export function makeDeclareModal(onDeclared: () => void) {
    return function DeclareModal() {
        const dispatch = useDispatch();
        const prefill = useSelector((s: GlobalState) => getDeclarePrefill(s));
        if (!prefill) {
            return null;
        }
        const close = () => dispatch(declareClosed());
        const declared = () => {
            onDeclared();
            close();
        };
        return (
            <ModalShell titleId='sre-declare-heading' title={<FormattedMessage id='declare.heading' defaultMessage='Declare incident'/>} onClose={close}>
                <DeclareForm prefill={prefill} onClose={close} onDeclared={declared}/>
            </ModalShell>
        );
    };
}
