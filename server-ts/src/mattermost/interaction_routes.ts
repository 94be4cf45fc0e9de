import type {FastifyPluginAsync} from 'fastify';
import {actionRoutes} from './action_route.js';
import {commandRoutes} from './command_route.js';
import {dialogRoutes} from './dialog_route.js';
import type {InteractionDeps} from './interaction_ports.js';

// Everything Mattermost calls back (slash command, dialog submit, button click), in one scope so app.ts
// registers it with one line under MATTERMOST_PREFIX. The deps sit in their own key: options passed
// straight through would carry this plugin's `prefix` into the children and prefix them twice.
export const interactionRoutes: FastifyPluginAsync<{interactions: InteractionDeps}> = async (app, {interactions: deps}) => {
    await app.register(commandRoutes, deps);
    await app.register(dialogRoutes, deps);
    await app.register(actionRoutes, deps);
};
