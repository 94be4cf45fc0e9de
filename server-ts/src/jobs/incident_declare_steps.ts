import type PgBoss from 'pg-boss';
import type {IncidentJobs} from '../incidents/service_deps.js';

export const INCIDENT_DECLARE_STEPS = 'incident-declare-steps';
type Payload = {incidentId: string};
export type FinishSteps = (incidentId: string) => Promise<{ok: boolean}>;

// 'short': one queued job per incident; a second failure while one waits adds nothing.
export const createDeclareStepsQueue = (boss: PgBoss) => boss.createQueue(INCIDENT_DECLARE_STEPS, {name: INCIDENT_DECLARE_STEPS, policy: 'short'});

export function sendDeclareSteps(boss: PgBoss, incidentId: string): Promise<string | null> {
    const data: Payload = {incidentId};
    // Short expiry: a process that dies mid-step is retried soon; every step checks before it acts, so a rerun is safe.
    return boss.send(INCIDENT_DECLARE_STEPS, data, {singletonKey: incidentId, retryLimit: 12, retryDelay: 5, retryBackoff: true, expireInSeconds: 60});
}

// A throw is pg-boss's signal to retry (with backoff): the steps that failed stay pending until then.
export function declareStepsHandler(finish: FinishSteps) {
    return async (jobs: PgBoss.Job<Payload>[]) => {
        for (const {data} of jobs) {
            const result = await finish(data.incidentId);
            if (!result.ok) {
                throw new Error(`declaration of incident ${data.incidentId} is not finished yet`);
            }
        }
    };
}

export const bossIncidentJobs = (boss: PgBoss, scheduleReminder: IncidentJobs['scheduleReminder']): IncidentJobs => ({
    finishDeclaration: async (incidentId) => {
        await sendDeclareSteps(boss, incidentId);
    },
    scheduleReminder,
});
