import type {Channel} from '@mattermost/types/channels';
import type {Post, PostList} from '@mattermost/types/posts';
import type {UserProfile} from '@mattermost/types/users';
import {Client4} from 'mattermost-redux/client';
import {getUserIdFromChannelName} from 'mattermost-redux/utils/channel_utils';

import type {HostThunk} from '../store/hooks';

// Each loader dispatches the same action types Mattermost's own actions do, so state.entities ends up
// in the shape the plugin's selectors expect.
export function loadClientConfig(): HostThunk {
    return async (dispatch) => {
        const [config, license] = await Promise.all([Client4.getClientConfig(), Client4.getClientLicenseOld()]);
        dispatch({type: 'CLIENT_CONFIG_RECEIVED', data: config});
        dispatch({type: 'CLIENT_LICENSE_RECEIVED', data: license});
    };
}

// Resolves to false when there is no valid session (the login page is shown instead).
export function loadMe(): HostThunk<boolean> {
    return async (dispatch) => {
        try {
            const me = await Client4.getMe();
            dispatch({type: 'RECEIVED_ME', data: me});
        } catch {
            return false;
        }
        const [teams, teamMembers, preferences] = await Promise.all([
            Client4.getMyTeams(), Client4.getMyTeamMembers(), Client4.getMyPreferences()]);
        dispatch({type: 'RECEIVED_TEAMS_LIST', data: teams});
        dispatch({type: 'RECEIVED_MY_TEAM_MEMBERS', data: teamMembers});
        dispatch({type: 'RECEIVED_ALL_PREFERENCES', data: preferences});
        return true;
    };
}

export function loadTeam(teamId: string): HostThunk {
    return async (dispatch) => {
        const [channels, members] = await Promise.all([Client4.getMyChannels(teamId), Client4.getMyChannelMembers(teamId)]);
        dispatch({type: 'RECEIVED_CHANNELS', teamId, data: channels});
        dispatch({type: 'RECEIVED_MY_CHANNEL_MEMBERS', data: members});
        dispatch({type: 'SELECT_TEAM', data: teamId});
        try {
            dispatch({type: 'RECEIVED_PROFILES_LIST', data: await Client4.getProfilesInTeam(teamId, 0, 200)});
        } catch (e) {
            console.warn('[sandbox host] could not list team members; authors load one by one', e);
        }
        await dispatch(ensureDirectTeammates(channels));
    };
}

// The sidebar names a direct channel after the other person, who need not be in the team: load who they are.
export function ensureDirectTeammates(channels: Channel[]): HostThunk {
    return async (dispatch, getState) => {
        const me = getState().entities.users.currentUserId;
        await dispatch(ensureProfiles(channels.filter((c) => c.type === 'D').map((c) => getUserIdFromChannelName(me, c.name))));
    };
}

export function ensureProfiles(userIds: string[]): HostThunk {
    return async (dispatch, getState) => {
        const profiles = getState().entities.users.profiles;
        const missing = [...new Set(userIds)].filter((id) => id && !(id in profiles));
        if (missing.length === 0) {
            return;
        }
        const users: UserProfile[] = await Client4.getProfilesByIds(missing);
        dispatch({type: 'RECEIVED_PROFILES_LIST', data: users});
    };
}

export function selectChannel(channelId: string): HostThunk {
    return async (dispatch) => {
        dispatch({type: 'SELECT_CHANNEL', data: channelId});
        const list: PostList = await Client4.getPosts(channelId, 0, 60);
        dispatch({type: 'RECEIVED_POSTS', data: list, channelId});
        dispatch({type: 'RECEIVED_POSTS_IN_CHANNEL', data: list, channelId, recent: true, oldest: list.prev_post_id === ''});
        await dispatch(ensureProfiles(Object.values(list.posts).map((p: Post) => p.user_id)));
    };
}
