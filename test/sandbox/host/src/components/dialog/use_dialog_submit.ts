import type {OpenDialogRequest} from '@mattermost/types/integrations';
import {Client4} from 'mattermost-redux/client';
import {useState} from 'react';

import {useHostDispatch, useHostSelector} from '../../store/hooks';
import {checkRequired, toSubmission} from './dialog_values';
import type {FieldValues} from './dialog_values';

type Submit = Parameters<typeof Client4.submitInteractiveDialog>[0];
type FieldErrors = Record<string, string>;

function useDialogPost(request: OpenDialogRequest) {
    const userId = useHostSelector((s) => s.entities.users.currentUserId);
    const channelId = useHostSelector((s) => s.entities.channels.currentChannelId);
    const teamId = useHostSelector((s) => s.entities.teams.currentTeamId);
    const {dialog} = request;
    return (values: FieldValues, cancelled: boolean) => Client4.submitInteractiveDialog({
        url: request.url, callback_id: dialog.callback_id ?? '', state: dialog.state ?? '', user_id: userId, channel_id: channelId,
        team_id: teamId, submission: cancelled ? {} : toSubmission(dialog.elements ?? [], values), cancelled,
    } as Submit);
}

// Submits like the webapp does: required fields are checked here first, then the integration's own
// field errors or general error keep the dialog open.
export function useDialogSubmit(request: OpenDialogRequest, values: FieldValues) {
    const dispatch = useHostDispatch();
    const post = useDialogPost(request);
    const [errors, setErrors] = useState<FieldErrors>({});
    const [generalError, setGeneralError] = useState('');
    const [busy, setBusy] = useState(false);
    const close = () => dispatch({type: 'host/dialogClosed'});

    const submit = async () => {
        const missing = checkRequired(request.dialog.elements ?? [], values);
        setErrors(missing);
        setGeneralError('');
        if (Object.keys(missing).length > 0) {
            return;
        }
        setBusy(true);
        try {
            const data = await post(values, false);
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
        if (request.dialog.notify_on_cancel) {
            post(values, true).catch((err: unknown) => console.error('[sandbox host] cancel notification failed', err));
        }
        close();
    };
    return {errors, generalError, busy, submit, cancel};
}
