import type {TemplateView} from '../contract/incidents.js';
import type {Database} from '../db/database.js';
import {seedTemplates} from '../db/seed_templates.js';
import {loadTemplateSeeds} from '../incidents/template_seeds.js';
import {createTemplateService} from '../incidents/template_service.js';

// The shipped templates (assets/templates/), seeded as the companion seeds them at start, by slug.
export async function seedShippedTemplates(db: Database): Promise<Record<string, TemplateView>> {
    const seeds = await loadTemplateSeeds();
    if (!seeds.ok) {
        throw new Error(seeds.error);
    }
    await seedTemplates(db, seeds.value);
    const list = await createTemplateService({db, isSre: () => Promise.resolve(false), timeZone: 'UTC'}).list(false);
    return Object.fromEntries(list.map((t) => [t.slug, t]));
}
