import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem} from '../../contract/summary.js';
import {ok, type Result} from '../../domain/result.js';
import type {CalendarFeeds} from '../../oncall/calendar_feeds.js';
import type {ScheduleFailure} from '../../oncall/schedule_service.js';
import {actorOf} from '../result_reply.js';
import {sendSchedule} from '../schedule_reply.js';

type Options = {calendars: CalendarFeeds};

const Token = Type.Object({token: Type.String()});
const Id = Type.Object({id: Type.String({format: 'uuid'})});
const FeedUrl = Type.Object({url: Type.String()}, {additionalProperties: false});

type App = Parameters<FastifyPluginCallbackTypebox>[0];

/**
 * One iCal feed calendar apps subscribe to, at `path` (with a :token parameter). Mounted beside the session-checked
 * API, not in it: calendar apps send no Mattermost session, the unguessable token in the URL is the only secret. The
 * request log stays off (warn and worse only), so the tokens do not land in log files.
 */
export function icsFeedRoute(app: App, path: string, feed: (token: string) => Promise<string | null>): void {
    app.get(path, {
        logLevel: 'warn',
        schema: {params: Token, response: {200: {content: {'text/calendar': {schema: Type.String()}}}, 404: Problem}},
    }, async (req, reply) => {
        const text = await feed(req.params.token);
        if (text === null) {
            return reply.code(404).send({code: 'not_found', message: 'Not found'});
        }
        // Private: the URL is a secret, so shared caches must not keep the answer.
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
    });
}

// The on-call feeds: a schedule's, or a person's shifts in every schedule.
export const calendarFeedRoutes: FastifyPluginCallbackTypebox<Options> = (app, {calendars}, done) => {
    icsFeedRoute(app, '/calendar/:token.ics', calendars.feed);
    done();
};

// The feed URLs, for signed-in users (under /api/v1).
export const calendarLinkRoutes: FastifyPluginCallbackTypebox<Options> = (app, {calendars}, done) => {
    app.get('/schedules/:id/calendar', {schema: {params: Id, response: {200: FeedUrl, 404: Problem}}},
        async (req, reply) => sendSchedule(reply, feedUrl(await calendars.scheduleUrl(req.params.id))));
    app.post('/schedules/:id/calendar-token', {schema: {params: Id, response: {200: FeedUrl, 403: Problem, 404: Problem}}},
        async (req, reply) => sendSchedule(reply, feedUrl(await calendars.regenerateScheduleUrl(req.params.id, actorOf(req)))));
    app.get('/me/calendar', {schema: {response: {200: FeedUrl}}}, async (req) => ({url: await calendars.personUrl(actorOf(req))}));
    app.post('/me/calendar-token', {schema: {response: {200: FeedUrl}}}, async (req) => ({url: await calendars.regeneratePersonUrl(actorOf(req))}));
    done();
};

const feedUrl = (result: Result<string, ScheduleFailure>): Result<{url: string}, ScheduleFailure> => (result.ok ? ok({url: result.value}) : result);
