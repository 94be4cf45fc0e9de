import type {Logger} from 'pino';
import type {Config} from '../config.js';
import type {Database} from '../db/database.js';
import type {Incidents} from '../incidents/start_incidents.js';
import {startAutoIntakeFromConfig} from './start_auto_intake.js';
import {createTriageService, type TriageService} from './triage_service.js';

type Deps = {config: Config; db: Database; incidents: Pick<Incidents, 'botCalls' | 'isSre' | 'signingSecret'>; logger: Logger; isMattermostUp: boolean};

// Triage shares the incidents' bot (its calls are counted with theirs), SRE check and button signing secret.
// Returns the service and its shutdown step (the intake socket, when automatic intake is on).
export async function startTriage({config, db, incidents, logger, isMattermostUp}: Deps): Promise<{triage: TriageService; close: () => Promise<void>}> {
    const triage = createTriageService({db, bot: incidents.botCalls.bot, isSre: incidents.isSre, mmUrl: config.mmUrl,
        sla: config.sla, signing: {companionUrl: config.companionUrl, signingSecret: incidents.signingSecret},
        onProblem: (message, detail) => logger.warn(detail, message)});
    const close = await startAutoIntakeFromConfig({config, triage, logger, isMattermostUp});
    return {triage, close};
}
