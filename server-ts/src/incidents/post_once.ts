import type {Result} from '../domain/result.js';
import type {MattermostFailure} from '../mattermost/bot_client.js';
import type {IncidentBot, NewPost} from '../mattermost/bot_incident_actions.js';

// Posts carry {sre_incident_id, sre_step}: on a retry the post an earlier attempt made (and failed to record)
// is found among the channel's recent posts and reused instead of posted twice. A first attempt skips the look.
export async function postOnce(bot: IncidentBot, post: NewPost, isRetry: boolean): Promise<Result<string, MattermostFailure>> {
    if (isRetry) {
        const recent = await bot.recentPosts(post.channelId);
        if (!recent.ok) {
            return recent;
        }
        const earlier = recent.value.find((p) =>
            p.props.sre_incident_id === post.props.sre_incident_id && p.props.sre_step === post.props.sre_step);
        if (earlier) {
            return {ok: true, value: earlier.id};
        }
    }
    const created = await bot.createPost(post);
    return created.ok ? {ok: true, value: created.value.id} : created;
}
