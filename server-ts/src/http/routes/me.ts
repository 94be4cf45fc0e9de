import type {FastifyPluginCallbackTypebox} from '@fastify/type-provider-typebox';
import {Type} from 'typebox';
import {Problem} from '../../contract/summary.js';
import type {Actor} from '../../incidents/access.js';
import {actorOf} from '../result_reply.js';

const Me = Type.Object({userId: Type.String(), username: Type.String(), isSre: Type.Boolean(), isSystemAdmin: Type.Boolean()});

export const meRoutes: FastifyPluginCallbackTypebox<{isSre: (actor: Actor) => Promise<boolean>}> = (app, {isSre}, done) => {
    app.get('/me', {schema: {response: {200: Me, 401: Problem, 503: Problem}}}, async (req) => {
        const actor = actorOf(req);
        return {userId: actor.id, username: actor.username, isSre: await isSre(actor), isSystemAdmin: actor.isSystemAdmin};
    });
    done();
};
