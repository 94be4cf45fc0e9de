import type PgBoss from 'pg-boss';

export const INCIDENT_DECLARE_STEPS = 'incident-declare-steps';
type Payload = {incidentId: string};
export type FinishSteps = (incidentId: string) => Promise<{ok: boolean}>;

// 'short': one queued job per incident; a second failure while one waits adds nothing.
export const createDeclareStepsQueue = (boss: PgBoss) => boss.createQueue(INCIDENT_DECLARE_STEPS, {name: INCIDENT_DECLARE_STEPS, policy: 'short'});

export function sendDeclareSteps(boss: PgBoss, incidentId: string): Promise<string | null> {
    const data: Payload = {incidentId};
    // Short expiry: a process that dies mid-step is retried soon; every step checks before it acts, so a rerun is safe.
    return boss.send(INCIDENT_DECLARE_STEPS, data, {singletonKey: incidentId, retryLimit: 12, retryDelay: 2, retryBackoff: true, expireInSeconds: 60});
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

// A declaration waits on this worker while the user watches the channel fill in: poll often.
export async function startDeclareStepsWorker(boss: PgBoss, finish: FinishSteps, unfinished: () => Promise<string[]>): Promise<void> {
    await createDeclareStepsQueue(boss);
    await boss.work<Payload>(INCIDENT_DECLARE_STEPS, {pollingIntervalSeconds: 0.5}, declareStepsHandler(finish));
    // A process that died between steps sent no job for them; the 'short' queue makes this a no-op for the rest.
    for (const incidentId of await unfinished()) {
        await sendDeclareSteps(boss, incidentId);
    }
}
