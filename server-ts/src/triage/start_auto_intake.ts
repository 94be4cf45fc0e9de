import type {Logger} from 'pino';
import type {Config} from '../config.js';
import {openBotSocket} from '../mattermost/bot_websocket.js';
import {createIntakeBot} from '../mattermost/intake_bot.js';
import {startAutoIntake} from './auto_intake.js';
import type {TriageService} from './triage_service.js';

const READY_WAIT_MS = 10_000;

type Deps = {config: Config; triage: Pick<TriageService, 'create'>; logger: Logger; isMattermostUp: boolean};

// TRIAGE_AUTO_INTAKE=on: watch the intake channels through the bot's WebSocket. With Mattermost up, the start
// waits (briefly) for the first catch-up, so the companion is watching once it says it listens.
// Returns the shutdown step (nothing to do when intake is off).
export async function startAutoIntakeFromConfig({config, triage, logger, isMattermostUp}: Deps): Promise<() => Promise<void>> {
    if (!config.triageIntake.isAutomatic) {
        return () => Promise.resolve();
    }
    const log = logger.child({part: 'triage-intake'});
    const intake = startAutoIntake({
        triage, bot: createIntakeBot(config.mmUrl, config.mmBotToken), channels: config.triageIntake.channels, teams: config.mmTeams, log,
        openSocket: (onEvent) => openBotSocket({mmUrl: config.mmUrl, botToken: config.mmBotToken, onEvent, log}),
    });
    if (isMattermostUp) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
            timer = setTimeout(resolve, READY_WAIT_MS);
        });
        await Promise.race([intake.ready, timeout]);
        clearTimeout(timer);
    }
    return () => intake.close();
}
