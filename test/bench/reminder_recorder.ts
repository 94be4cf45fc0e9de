import {ok} from '../../server-ts/src/domain/result.ts';
import type {IncidentBot, NewPost} from '../../server-ts/src/mattermost/bot_incident_actions.ts';

// Stands in for Mattermost during the reminder storm: each post is a reminder fired, timed against its deadline.
export type ReminderRecorder = {
    botFor(instance: string): IncidentBot;
    latenessMs: number[];
    total(): number;
    distinct(): number;
    byInstance(): Record<string, number>;
    // Settles once every expected incident has been reminded at least once.
    allReminded: Promise<void>;
};

const unused = (method: string) => () => {
    throw new Error(`the reminder storm does not expect ${method}`);
};

// `dueAtMs`: each incident's deadline, which its reminder's lateness is measured from.
export function recordReminders(dueAtMs: ReadonlyMap<string, number>): ReminderRecorder {
    const perIncident = new Map<string, number>();
    const perInstance = new Map<string, number>();
    const latenessMs: number[] = [];
    let total = 0;
    let done: () => void = () => undefined;
    const allReminded = new Promise<void>((resolve) => {
        done = resolve;
    });
    const record = (instance: string, post: NewPost) => {
        const id = String(post.props.sre_incident_id);
        latenessMs.push(Date.now() - (dueAtMs.get(id) ?? Number.NaN));
        total += 1;
        perIncident.set(id, (perIncident.get(id) ?? 0) + 1);
        perInstance.set(instance, (perInstance.get(instance) ?? 0) + 1);
        if (perIncident.size === dueAtMs.size) {
            done();
        }
    };
    const botFor = (instance: string): IncidentBot => {
        const createPost: IncidentBot['createPost'] = (post) => {
            record(instance, post);
            return Promise.resolve(ok({id: `post-${total}`, channelId: post.channelId, userId: 'storm-bot', rootId: post.rootId ?? '',
                message: post.message, props: post.props}));
        };
        // Only posting is expected; any other call fails loudly, whatever methods IncidentBot grows meanwhile.
        return new Proxy({createPost}, {get: (known, name) => (name === 'createPost' ? known.createPost : unused(String(name)))}) as unknown as IncidentBot;
    };
    return {
        botFor, latenessMs, allReminded,
        total: () => total,
        distinct: () => perIncident.size,
        byInstance: () => Object.fromEntries(perInstance),
    };
}
