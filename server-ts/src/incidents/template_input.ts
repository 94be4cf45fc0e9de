import type {TemplateInput} from '../contract/incidents.js';
import type {TemplateRow} from '../db/template_rows.js';

// Stored templates are validated again before use: a row edited by hand must not break a declaration silently.
export function templateInput(row: TemplateRow): TemplateInput {
    return {name: row.name, description: row.description, tier: row.tier, channelNamePattern: row.channelNamePattern,
        isPrivate: row.isPrivate, headerPattern: row.headerPattern, purposePattern: row.purposePattern, firstPost: row.firstPost,
        defaultMembers: row.defaultMembers, broadcastChannels: row.broadcastChannels, checklist: row.checklist,
        updateIntervalMinutes: row.updateIntervalMinutes, isDrill: row.isDrill};
}
