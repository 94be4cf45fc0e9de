import type {Database} from '../db/database.js';
import type {Access} from './access.js';
import type {StepDeps} from './step_deps.js';

// The timers incidents need (pg-boss in the companion, a recorder in tests).
export type IncidentJobs = {
    // Finish pending declaration steps in the background, with retries.
    finishDeclaration(incidentId: string): Promise<void>;
    scheduleReminder(incidentId: string, dueAt: Date): Promise<void>;
};

export type ServiceDeps = StepDeps & {
    db: Database;
    access: Access;
    jobs: IncidentJobs;
    timeZone: string;
    onProblem?: (message: string, detail: object) => void;
    // Right after a resolution commits (the retrospective opens); a failure is logged, never a failed resolve.
    onResolved?: (incidentId: string) => Promise<void>;
};
