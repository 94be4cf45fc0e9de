import {FormattedMessage} from 'react-intl';

import type {CreatedRequest} from '../../api/triage_client';
import {actionStyles} from '../common/form_actions';
import {styles} from '../common/styles';

type Props = {created: CreatedRequest; onClose: () => void; onOpenRequest: (id: string) => void};

/** What became of the request: new on the board, or already there (the message was sent before). */
export function NewRequestResult({created, onClose, onOpenRequest}: Props) {
    const {request, isReplay} = created;
    const values = {number: request.number};
    return (
        <div>
            <p role='status'>
                {isReplay ?
                    <FormattedMessage id='request.already' defaultMessage='Already on the board as #{number}' values={values}/> :
                    <FormattedMessage id='request.created' defaultMessage='On the board as #{number}' values={values}/>}
            </p>
            <div style={actionStyles.row}>
                <button type='button' style={actionStyles.secondary} onClick={onClose}>
                    <FormattedMessage id='request.close' defaultMessage='Close'/>
                </button>
                <button type='button' style={styles.button} onClick={() => onOpenRequest(request.id)}>
                    <FormattedMessage id='request.open' defaultMessage='Open #{number}' values={values}/>
                </button>
            </div>
        </div>
    );
}
