import {sql} from 'drizzle-orm';
import type {Database} from './database.js';
import {incidents} from './schema.js';

// Incidents whose Mattermost set-up was cut short (the process died between steps, before any job was sent).
export async function unfinishedDeclarations(db: Database): Promise<string[]> {
    const rows = await db.select({id: incidents.id}).from(incidents).where(sql`jsonb_array_length(${incidents.pendingSteps}) > 0`);
    return rows.map((r) => r.id);
}
