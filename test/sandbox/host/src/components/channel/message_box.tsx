import type {Channel} from '@mattermost/types/channels';
import {Client4} from 'mattermost-redux/client';
import {useState} from 'react';
import type {FormEvent, KeyboardEvent} from 'react';
import {useStore} from 'react-redux';

import {runSlashHooks} from '../../api/slash_hooks';
import type {SlashHook} from '../../api/slash_hooks';
import {goToLocation} from '../../navigation';
import type {HostState, HostStore} from '../../store/host_store';

async function runCommand(text: string, channel: Channel, state: HostState, siteUrl: string): Promise<void> {
    const hooks = (state.plugins.components.SlashCommandWillBePosted ?? []).map((c) => c.hook as SlashHook);
    const outcome = await runSlashHooks(hooks, text, {channel_id: channel.id, team_id: channel.team_id || state.entities.teams.currentTeamId, root_id: ''});
    if (outcome.kind === 'rejected') {
        throw new Error(outcome.error);
    }
    if (outcome.kind === 'swallowed') {
        return;
    }
    const response = await Client4.executeCommand(outcome.message, outcome.args);
    if (response.goto_location) {
        goToLocation(response.goto_location, siteUrl);
    }
}

async function send(text: string, channel: Channel, store: HostStore, siteUrl: string): Promise<void> {
    const state = store.getState();
    if (text.startsWith('/')) {
        await runCommand(text, channel, state, siteUrl);
        return;
    }
    const post = await Client4.createPost({channel_id: channel.id, message: text, user_id: state.entities.users.currentUserId});
    store.dispatch({type: 'RECEIVED_NEW_POST', data: post});
}

// The message box: messages are posted, text starting with '/' runs as a slash command.
export function MessageBox({channel, siteUrl}: {channel: Channel; siteUrl: string}) {
    const store = useStore<HostState>();
    const [text, setText] = useState('');
    const [error, setError] = useState('');

    const submit = (e?: FormEvent) => {
        e?.preventDefault();
        const message = text.trim();
        if (!message) {
            return;
        }
        setError('');
        setText('');
        send(message, channel, store, siteUrl).catch((err: unknown) => {
            setText(message);
            setError(err instanceof Error ? err.message : 'Could not send the message');
        });
    };
    const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            submit(e);
        }
    };

    return (
        <form className='composer' onSubmit={submit}>
            <textarea className='composer__input' rows={1} value={text} aria-label={`Write to ${channel.display_name}`}
                placeholder={`Write to ${channel.display_name}`} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown}/>
            <button type='submit' className='btn btn--primary composer__send' aria-label='Send' disabled={!text.trim()}>
                <i className='icon icon-send' aria-hidden='true'/>
            </button>
            {error && <p role='alert' className='composer__error error-text'>{error}</p>}
        </form>
    );
}
