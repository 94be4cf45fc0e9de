import type {TemplateInput, TemplatePreview, TemplateView} from '../contract/incidents.js';
import type {Database} from '../db/database.js';
import {insertTemplate, updateTemplate} from '../db/save_template.js';
import {templateColumns} from '../db/seed_templates.js';
import {findTemplate, listTemplates} from '../db/template_rows.js';
import {err, ok, type Result} from '../domain/result.js';
import {slugifyTemplateName} from '../domain/template.js';
import {previewTemplate} from '../domain/template_render.js';
import {parseTier, tierDefaultSeverity} from '../domain/severity.js';
import type {Actor} from './access.js';
import type {FieldErrors} from './declare.js';
import {templateInput} from './template_input.js';
import {validateWithRunbooks} from './template_runbooks.js';
import {templateView} from './incident_view.js';

type Saved = Promise<Result<TemplateView, FieldErrors>>;

export type TemplateService = {
    list(includeArchived: boolean): Promise<TemplateView[]>;
    create(input: TemplateInput, actor: Actor): Saved;
    update(id: string, input: TemplateInput, actor: Actor): Saved;
    duplicate(id: string, actor: Actor): Saved;
    archive(id: string, actor: Actor): Saved;
    preview(input: TemplateInput): Promise<Result<TemplatePreview, FieldErrors>>;
};

type Deps = {db: Database; isSre: (actor: Actor) => Promise<boolean>; timeZone: string; now?: () => Date};

const NOT_SRE = {_: 'only SREs can change templates: ask an SRE or a system admin'};
const NOT_FOUND = {_: 'not_found'};

export function createTemplateService({db, isSre, timeZone, now = () => new Date()}: Deps): TemplateService {
    // Writes are the SRE role's; the check comes first so nobody learns anything from validation.
    const asSre = async (actor: Actor, write: () => Saved): Saved => (await isSre(actor) ? write() : err(NOT_SRE));
    const existing = async (id: string, write: (row: NonNullable<Awaited<ReturnType<typeof findTemplate>>>) => Saved): Saved => {
        const row = await findTemplate(db, id);
        return row ? write(row) : err(NOT_FOUND);
    };
    return {
        list: async (includeArchived) => (await listTemplates(db, includeArchived)).map(templateView),
        create: (input, actor) => asSre(actor, async () => {
            const valid = await validateWithRunbooks(db, input);
            return valid.ok ? ok(templateView(await insertTemplate(db, templateColumns(valid.value), slugifyTemplateName(valid.value.name)))) : valid;
        }),
        update: (id, input, actor) => asSre(actor, () => existing(id, async () => {
            const valid = await validateWithRunbooks(db, input);
            return valid.ok ? saved(await updateTemplate(db, id, templateColumns(valid.value))) : valid;
        })),
        duplicate: (id, actor) => asSre(actor, () => existing(id, async (row) => {
            const copy = {...templateInput(row), name: `${row.name.slice(0, 53)} (copy)`};
            const valid = await validateWithRunbooks(db, copy);
            return valid.ok ? ok(templateView(await insertTemplate(db, templateColumns(valid.value), slugifyTemplateName(valid.value.name)))) : valid;
        })),
        archive: (id, actor) => asSre(actor, () => existing(id, async () => saved(await updateTemplate(db, id, {isArchived: true})))),
        preview: (input) => {
            const tier = parseTier(input.tier);
            const preview = previewTemplate(input, tierDefaultSeverity(tier.ok ? tier.value : 'cloud'), now(), timeZone);
            return Promise.resolve(tier.ok ? preview : err({...(preview.ok ? {} : preview.error), tier: tier.error}));
        },
    };
}

const saved = (row: Awaited<ReturnType<typeof updateTemplate>>): Result<TemplateView, FieldErrors> => (row ? ok(templateView(row)) : err(NOT_FOUND));
