import {asc, eq, sql} from 'drizzle-orm';
import type {Database} from './database.js';
import {templates} from './schema.js';
import {isUuid} from '../domain/uuid.js';

export type TemplateRow = typeof templates.$inferSelect;
export type TemplateFields = Omit<typeof templates.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'isArchived'>;

// Most critical service tier first and drills last, so the first template is the right default for a real outage.
const TIER_RANK = sql`case ${templates.tier} when 'cloud' then 0 when 'community' then 1 else 2 end`;

export async function listTemplates(db: Database, includeArchived: boolean): Promise<TemplateRow[]> {
    const query = db.select().from(templates);
    return (includeArchived ? query : query.where(eq(templates.isArchived, false)))
        .orderBy(asc(templates.isDrill), asc(TIER_RANK), asc(templates.isPrivate), asc(templates.name));
}

export async function findTemplate(db: Database, id: string): Promise<TemplateRow | null> {
    if (!isUuid(id)) {
        return null;
    }
    const [row] = await db.select().from(templates).where(eq(templates.id, id));
    return row ?? null;
}

