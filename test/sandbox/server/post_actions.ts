import {sealCookie, type ActionCookie} from './action_cookie';
import {newId} from './ids';
import type {Post, Props} from './types';

export type PostAction = {
    id?: string; type?: string; name?: string; data_source?: string;
    integration?: {url?: string; context?: Props}; cookie?: string;
};

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The actions of every attachment, as live references into `props`.
export function actionsOf(props: Props): PostAction[] {
    const attachments = Array.isArray(props.attachments) ? props.attachments : [];
    return attachments.flatMap((a: unknown) =>
        isRecord(a) && Array.isArray(a.actions) ? a.actions.filter(isRecord) as PostAction[] : []);
}

// Mattermost gives every action without an id a fresh one when the post is saved.
export function generateActionIds(props: Props): void {
    for (const action of actionsOf(props)) {
        if (!action.id) {
            action.id = newId();
        }
    }
}

export function findAction(post: Post, actionId: string): PostAction | undefined {
    return actionsOf(post.props).find((a) => a.id === actionId);
}

// Clients never see an action's integration (URL and context); they get a sealed cookie instead.
export function postForClient(post: Post, cookieKey: Buffer): Post {
    const copy = structuredClone(post);
    for (const action of actionsOf(copy.props)) {
        action.cookie = sealCookie(cookieKey, actionCookie(post, action));
        delete action.integration;
    }
    return copy;
}

// What running an action needs, whether it comes from a stored post or from a sealed cookie.
export function actionCookie(post: Post, action: PostAction): ActionCookie {
    const integration = action.integration ?? {};
    return {
        post_id: post.id, root_id: post.root_id, channel_id: post.channel_id, type: action.type ?? 'button',
        data_source: action.data_source ?? '',
        integration: {url: integration.url ?? '', context: integration.context ?? {}},
    };
}
