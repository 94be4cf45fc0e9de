import type {OpenDialogRequest} from '@mattermost/types/integrations';
import {useState} from 'react';

import {DialogField} from './dialog_field';
import {initialValues} from './dialog_values';
import type {FieldValues} from './dialog_values';
import {useDialogSubmit} from './use_dialog_submit';
import {useEscapeKey} from './use_escape_key';

export function DialogForm({request}: {request: OpenDialogRequest}) {
    const {dialog} = request;
    const elements = dialog.elements ?? [];
    const [values, setValues] = useState<FieldValues>(() => initialValues(elements));
    const {errors, generalError, busy, submit, cancel} = useDialogSubmit(request, values);
    useEscapeKey(cancel);

    return (
        <form className='dialog' role='dialog' aria-modal='true' aria-labelledby='dialog-title' onSubmit={(e) => {
            e.preventDefault();
            void submit();
        }}>
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
