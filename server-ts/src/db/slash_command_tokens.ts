import {eq} from 'drizzle-orm';
import type {Database} from './database.js';
import {slashCommands} from './schema.js';

export type SlashCommandRecord = {teamId: string; commandId: string; token: string};

export async function saveSlashCommand(db: Database, record: SlashCommandRecord): Promise<void> {
    await db.insert(slashCommands).values(record)
        .onConflictDoUpdate({target: slashCommands.teamId, set: {commandId: record.commandId, token: record.token, updatedAt: new Date()}});
}

export async function isKnownCommandToken(db: Database, token: string): Promise<boolean> {
    const rows = await db.select({teamId: slashCommands.teamId}).from(slashCommands).where(eq(slashCommands.token, token)).limit(1);
    return rows.length > 0;
}
