import {eq, like, or} from 'drizzle-orm';
import type {Database} from './database.js';
import {templates} from './schema.js';
import type {TemplateFields, TemplateRow} from './template_rows.js';

// A new template gets the first free slug of its name: name, name-2, name-3…
export async function insertTemplate(db: Database, fields: Omit<TemplateFields, 'slug'>, baseSlug: string): Promise<TemplateRow> {
    for (let attempt = 0; attempt < 5; attempt++) {
        const taken = new Set((await db.select({slug: templates.slug}).from(templates)
            .where(or(eq(templates.slug, baseSlug), like(templates.slug, `${baseSlug}-%`)))).map((r) => r.slug));
        let n = 1;
        while (taken.has(n === 1 ? baseSlug : `${baseSlug}-${n}`)) {
            n++;
        }
        const [row] = await db.insert(templates).values({...fields, slug: n === 1 ? baseSlug : `${baseSlug}-${n}`})
            .onConflictDoNothing({target: templates.slug}).returning();
        if (row) {
            return row;
        }
    }
    throw new Error(`cannot find a free template slug for "${baseSlug}" after 5 concurrent attempts`);
}

// The slug stays as created: it is how seeding recognises a template across restarts.
export async function updateTemplate(db: Database, id: string, fields: Partial<Omit<TemplateFields, 'slug'>> & {isArchived?: boolean}): Promise<TemplateRow | null> {
    const [row] = await db.update(templates).set({...fields, updatedAt: new Date()}).where(eq(templates.id, id)).returning();
    return row ?? null;
}
