import type {IncidentRow} from '../db/incident_rows.js';
import {checklistPost} from '../mattermost/checklist_post.js';
import {incidentView} from './incident_view.js';
import type {StepDeps} from './step_deps.js';

type Problem = (message: string, detail: object) => void;

// The checklist post's buttons mirror the open steps: after a tick from the sidebar (or a resolve/reopen) they
// would be stale. Best effort: the change is committed, and a failed refresh only leaves old buttons behind.
export async function refreshChecklistPost(deps: StepDeps & {onProblem?: Problem}, row: IncidentRow): Promise<void> {
    const postId = row.stepResults.checklist_post;
    if (postId === undefined) {
        return;
    }
    const post = checklistPost(incidentView(row), deps.signing);
    const patched = await deps.bot.patchPost(postId, {message: post.message, props: post.props});
    if (!patched.ok) {
        deps.onProblem?.('checklist post not refreshed', {incidentId: row.id, postId, failure: patched.error});
    }
}
