import type {OpenDialogRequest} from '@mattermost/types/integrations';
import type {Post} from '@mattermost/types/posts';
import {Client4} from 'mattermost-redux/client';

import type {HostDispatch, HostThunk} from '../store/hooks';
import {ensureDirectTeammates, ensureProfiles} from './load_session';

export type SocketMessage = {event: string; data: Record<string, unknown>; broadcast: {channel_id?: string; team_id?: string; user_id?: string}; seq: number};

const parsePost = (data: Record<string, unknown>) => JSON.parse(String(data.post)) as Post;

function receivePost(dispatch: HostDispatch, post: Post, ephemeral: boolean) {
    dispatch({type: 'RECEIVED_NEW_POST', data: post});
    if (ephemeral) {
        dispatch({type: 'host/ephemeralPostReceived', postId: post.id});
    }
    void dispatch(ensureProfiles([post.user_id])).catch((e: unknown) => console.error('[sandbox host] author lookup failed', e));
}

// A channel I was added to, created, or a new direct message: fetch it so the LHS lists it without a reload.
function receiveChannel(channelId: string): HostThunk {
    return async (dispatch, getState) => {
        const channel = await Client4.getChannel(channelId);
        if (channel.team_id && channel.team_id !== getState().entities.teams.currentTeamId) {
            return;
        }
        await dispatch(ensureDirectTeammates([channel]));
        dispatch({type: 'RECEIVED_CHANNEL', data: channel});
        dispatch({type: 'RECEIVED_MY_CHANNEL_MEMBER', data: await Client4.getMyChannelMember(channelId)});
    };
}

export function handleSocketMessage(msg: SocketMessage): HostThunk {
    return async (dispatch, getState) => {
        const me = getState().entities.users.currentUserId;
        switch (msg.event) {
        case 'posted':
            receivePost(dispatch, parsePost(msg.data), false);
            break;
        case 'ephemeral_message':
            receivePost(dispatch, parsePost(msg.data), true);
            break;
        case 'post_edited':
            dispatch({type: 'RECEIVED_POST', data: parsePost(msg.data)});
            break;
        case 'channel_created':
            await dispatch(receiveChannel(String(msg.data.channel_id)));
            break;
        case 'direct_added':
            await dispatch(receiveChannel(msg.broadcast.channel_id ?? ''));
            break;
        case 'user_added': {
            const added = (msg.data.user as {id?: string} | undefined)?.id ?? msg.data.user_id;
            if (added === me && msg.broadcast.channel_id) {
                await dispatch(receiveChannel(msg.broadcast.channel_id));
            }
            break;
        }
        case 'open_dialog':
            dispatch({type: 'host/dialogOpened', dialog: JSON.parse(String(msg.data.dialog)) as OpenDialogRequest});
            break;
        }
        for (const handlers of Object.values(getState().plugins.wsHandlers)) {
            handlers[msg.event]?.(msg);
        }
    };
}
