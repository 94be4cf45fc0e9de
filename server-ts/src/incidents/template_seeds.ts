import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {TemplateInput} from '../contract/incidents.js';
import type {TemplateSeed} from '../db/seed_templates.js';
import {err, ok, type Result} from '../domain/result.js';
import {slugifyTemplateName, validateTemplate} from '../domain/template.js';

export const TEMPLATES_FOLDER = fileURLToPath(new URL('../../../assets/templates', import.meta.url));

// Every file must be a valid template: a broken seed is a packaging bug, reported with the file and field.
export async function loadTemplateSeeds(folder = TEMPLATES_FOLDER): Promise<Result<TemplateSeed[], string>> {
    const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
    const seeds: TemplateSeed[] = [];
    for (const file of files) {
        const raw = JSON.parse(await readFile(join(folder, file), 'utf8')) as TemplateInput & {slug?: string};
        const valid = validateTemplate(raw);
        if (!valid.ok) {
            return err(`template ${file} is invalid: ${Object.entries(valid.error).map(([k, v]) => `${k}: ${v}`).join('; ')}`);
        }
        seeds.push({...valid.value, slug: raw.slug ?? slugifyTemplateName(valid.value.name)});
    }
    return ok(seeds);
}
