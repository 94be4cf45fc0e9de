// Mattermost REST calls the flows make as other users, with Bearer tokens as any API client would.

type Session = {token: string};

async function call<T>(url: string, session: Session, init: {method?: string; body?: unknown} = {}): Promise<T> {
    const res = await fetch(url, {
        method: init.method ?? 'GET',
        headers: {'Authorization': `Bearer ${session.token}`, 'Content-Type': 'application/json'},
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) {
        throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${await res.text()}`);
    }
    return await res.json() as T;
}

export async function channelId(baseUrl: string, session: Session, teamName: string, channelName: string): Promise<{teamId: string; channelId: string}> {
    const team = await call<{id: string}>(`${baseUrl}/api/v4/teams/name/${teamName}`, session);
    const channel = await call<{id: string}>(`${baseUrl}/api/v4/teams/${team.id}/channels/name/${channelName}`, session);
    return {teamId: team.id, channelId: channel.id};
}

export function createPost(baseUrl: string, session: Session, channel: string, message: string): Promise<{id: string}> {
    return call(`${baseUrl}/api/v4/posts`, session, {method: 'POST', body: {channel_id: channel, message}});
}

export function createCommand(baseUrl: string, session: Session, command: {teamId: string; trigger: string; url: string}): Promise<{id: string}> {
    return call(`${baseUrl}/api/v4/commands`, session, {method: 'POST', body: {
        team_id: command.teamId, trigger: command.trigger, method: 'P', url: command.url,
        display_name: 'Feedback', description: 'Send feedback on a ticket', auto_complete: true,
    }});
}

/** The messages anyone else sees in the channel (ephemeral posts never reach this list). */
export async function channelMessages(baseUrl: string, session: Session, channel: string): Promise<string[]> {
    const list = await call<{order: string[]; posts: Record<string, {message: string}>}>(`${baseUrl}/api/v4/channels/${channel}/posts`, session);
    return list.order.map((id) => list.posts[id]?.message ?? '');
}
