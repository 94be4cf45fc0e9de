import {useHostSelector} from '../../store/hooks';
import {DialogForm} from './dialog_form';

// Dialogs arrive over the WebSocket (`open_dialog`) or from window.openInteractiveDialog.
export function InteractiveDialog() {
    const request = useHostSelector((s) => s.views.dialog);
    if (!request) {
        return null;
    }
    return <div className='dialog-backdrop'><DialogForm key={request.trigger_id + request.dialog.title} request={request}/></div>;
}
