// Rows of the in-memory store, in Mattermost's JSON field names so they can be sent as they are.
export type Props = Record<string, unknown>;

export type User = {
    id: string; create_at: number; update_at: number; delete_at: number;
    username: string; auth_data: string; auth_service: string; email: string; email_verified: boolean;
    nickname: string; first_name: string; last_name: string; position: string; roles: string;
    locale: string; notify_props: Record<string, string>; props: Record<string, string>;
    last_password_update: number; last_picture_update: number; failed_attempts: number; mfa_active: boolean;
    timezone: {useAutomaticTimezone: boolean; manualTimezone: string; automaticTimezone: string};
    is_bot?: boolean; bot_description?: string;
};

export type Team = {
    id: string; create_at: number; update_at: number; delete_at: number; display_name: string; name: string;
    description: string; email: string; type: 'O' | 'I'; company_name: string; allowed_domains: string;
    invite_id: string; allow_open_invite: boolean; last_team_icon_update: number;
};

export type TeamMember = {
    team_id: string; user_id: string; roles: string; delete_at: number; scheme_guest: boolean;
    scheme_user: boolean; scheme_admin: boolean; explicit_roles: string;
};

export type ChannelType = 'O' | 'P' | 'D' | 'G';
export type Channel = {
    id: string; create_at: number; update_at: number; delete_at: number; team_id: string; type: ChannelType;
    display_name: string; name: string; header: string; purpose: string; last_post_at: number;
    last_root_post_at: number; total_msg_count: number; total_msg_count_root: number; extra_update_at: number;
    creator_id: string; shared: boolean; group_constrained: boolean;
};

export type ChannelMember = {
    channel_id: string; user_id: string; roles: string; last_viewed_at: number; msg_count: number;
    mention_count: number; mention_count_root: number; urgent_mention_count: number; msg_count_root: number;
    notify_props: Record<string, string>; last_update_at: number; scheme_guest: boolean; scheme_user: boolean;
    scheme_admin: boolean; explicit_roles: string;
};

export type Post = {
    id: string; create_at: number; update_at: number; edit_at: number; delete_at: number; is_pinned: boolean;
    user_id: string; channel_id: string; root_id: string; original_id: string; message: string; type: string;
    props: Props; hashtag: string; pending_post_id: string; reply_count: number; last_reply_at: number;
    metadata: Props;
};

export type Bot = {
    user_id: string; create_at: number; update_at: number; delete_at: number; username: string;
    display_name: string; description: string; owner_id: string;
};

export type Command = {
    id: string; token: string; create_at: number; update_at: number; delete_at: number; creator_id: string;
    team_id: string; trigger: string; method: string; username: string; icon_url: string;
    auto_complete: boolean; auto_complete_desc: string; auto_complete_hint: string; display_name: string;
    description: string; url: string; plugin_id: string;
};

export type Session = {token: string; userId: string; csrf: string; createAt: number; isPersonalAccessToken: boolean};

export type Preference = {user_id: string; category: string; name: string; value: string};

// The context a command's response_url keeps, so a delayed reply posts where the command ran.
export type CommandHook = {
    id: string; commandId: string; userId: string; channelId: string; teamId: string; rootId: string;
    createAt: number; uses: number;
};
