import type {OpenDialogRequest} from '@mattermost/types/integrations';
import {Client4} from 'mattermost-redux/client';
import {useEffect, useRef, useState} from 'react';
import type {FormEvent} from 'react';

import {useHostDispatch, useHostSelector} from '../../store/hooks';
import {DialogField} from './dialog_field';
import {checkRequired, initialValues, toSubmission} from './dialog_values';
import type {FieldValues} from './dialog_values';

type Submit = Parameters<typeof Client4.submitInteractiveDialog>[0];

function DialogForm({request}: {request: OpenDialogRequest}) {
    const dispatch = useHostDispatch();
    const userId = useHostSelector((s) => s.entities.users.currentUserId);
    const channelId = useHostSelector((s) => s.entities.channels.currentChannelId);
    const teamId = useHostSelector((s) => s.entities.teams.currentTeamId);
    const {dialog} = request;
    const elements = dialog.elements ?? [];
    const [values, setValues] = useState<FieldValues>(() => initialValues(elements));
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [generalError, setGeneralError] = useState('');
    const [busy, setBusy] = useState(false);

    const post = (cancelled: boolean) => Client4.submitInteractiveDialog({
        url: request.url, callback_id: dialog.callback_id ?? '', state: dialog.state ?? '', user_id: userId,
        channel_id: channelId, team_id: teamId, submission: cancelled ? {} : toSubmission(elements, values), cancelled,
    } as Submit);
    const close = () => dispatch({type: 'host/dialogClosed'});

    const submit = async (e: FormEvent) => {
        e.preventDefault();
        const missing = checkRequired(elements, values);
        setErrors(missing);
        setGeneralError('');
        if (Object.keys(missing).length > 0) {
            return;
        }
        setBusy(true);
        try {
            const data = await post(false);
            setErrors(data.errors ?? {});
            setGeneralError(data.error ?? '');
            if (!data.error && (!data.errors || Object.keys(data.errors).length === 0)) {
                close();
            }
        } catch (err) {
            setGeneralError(err instanceof Error ? err.message : 'Submission failed');
        } finally {
            setBusy(false);
        }
    };
    const cancel = () => {
        if (dialog.notify_on_cancel) {
            post(true).catch((err: unknown) => console.error('[sandbox host] cancel notification failed', err));
        }
        close();
    };
    const cancelRef = useRef(cancel);
    useEffect(() => {
        cancelRef.current = cancel;
    });
    useEffect(() => {
        const onKey = (e: KeyboardEvent) => e.key === 'Escape' && cancelRef.current();
        document.addEventListener('keydown', onKey);
        return () => document.removeEventListener('keydown', onKey);
    }, []);

    return (
        <form className='dialog' role='dialog' aria-modal='true' aria-labelledby='dialog-title' onSubmit={(e) => void submit(e)}>
            <header className='dialog__header'>
                {dialog.icon_url && <img src={dialog.icon_url} alt='' width={32} height={32}/>}
                <h2 id='dialog-title'>{dialog.title}</h2>
                <button type='button' className='icon-button' aria-label='Close' onClick={cancel}><i className='icon icon-close' aria-hidden='true'/></button>
            </header>
            <div className='dialog__body'>
                {dialog.introduction_text && <p className='dialog__intro'>{dialog.introduction_text}</p>}
                {elements.map((el) => (
                    <DialogField key={el.name} element={el} value={values[el.name]} error={errors[el.name]}
                        onChange={(v) => setValues((prev) => ({...prev, [el.name]: v}))}/>
                ))}
            </div>
            <footer className='dialog__footer'>
                {generalError && <p className='error-text' role='alert'>{generalError}</p>}
                <button type='button' className='btn' onClick={cancel}>{'Cancel'}</button>
                <button type='submit' className='btn btn--primary' disabled={busy}>{dialog.submit_label || 'Submit'}</button>
            </footer>
        </form>
    );
}

// Dialogs arrive over the WebSocket (`open_dialog`) or from window.openInteractiveDialog.
export function InteractiveDialog() {
    const request = useHostSelector((s) => s.views.dialog);
    if (!request) {
        return null;
    }
    return <div className='dialog-backdrop'><DialogForm key={request.trigger_id + request.dialog.title} request={request}/></div>;
}
