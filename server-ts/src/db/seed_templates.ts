import type {ValidTemplate} from '../domain/template.js';
import type {Database} from './database.js';
import {templates} from './schema.js';

export type TemplateSeed = ValidTemplate & {slug: string};

// The stored columns of a valid template (its default severity is derived from the tier, not stored).
export const templateColumns = (t: ValidTemplate) => ({
    name: t.name, description: t.description, tier: t.tier, channelNamePattern: t.channelNamePattern, isPrivate: t.isPrivate,
    headerPattern: t.headerPattern, purposePattern: t.purposePattern, firstPost: t.firstPost, defaultMembers: t.defaultMembers,
    broadcastChannels: t.broadcastChannels, checklist: t.checklist, updateIntervalMinutes: t.updateIntervalMinutes, isDrill: t.isDrill,
});

// Safe on every start and from several instances at once: a slug already there keeps the SREs' edits.
export async function seedTemplates(db: Database, seeds: readonly TemplateSeed[]): Promise<void> {
    if (seeds.length === 0) {
        return;
    }
    await db.insert(templates).values(seeds.map((t) => ({...templateColumns(t), slug: t.slug}))).onConflictDoNothing({target: templates.slug});
}
