import type {TemplateInput, TemplatePreview} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {patternVars, renderChannelName, renderPattern, type PatternFacts, type PatternVars} from './patterns.js';
import {err, ok, type Result} from './result.js';

export type TemplateTexts = Pick<TemplateInput, 'channelNamePattern' | 'headerPattern' | 'purposePattern' | 'firstPost'>;
type TextField = keyof TemplateTexts;

// Fills every pattern of a template; errors are keyed by the template field that caused them.
export function renderTemplate(template: TemplateTexts, vars: PatternVars): Result<TemplatePreview, Partial<Record<TextField, string>>> {
    const channelName = renderChannelName(template.channelNamePattern, vars);
    const header = renderPattern(template.headerPattern, vars);
    const purpose = renderPattern(template.purposePattern, vars);
    const firstPost = renderPattern(template.firstPost, vars);
    if (channelName.ok && header.ok && purpose.ok && firstPost.ok) {
        return ok({channelName: channelName.value, header: header.value, purpose: purpose.value, firstPost: firstPost.value});
    }
    const errors: Partial<Record<TextField, string>> = {};
    const note = (field: TextField, r: Result<string, string>) => {
        if (!r.ok) {
            errors[field] = r.error;
        }
    };
    note('channelNamePattern', channelName);
    note('headerPattern', header);
    note('purposePattern', purpose);
    note('firstPost', firstPost);
    return err(errors);
}

// What the template editor previews, and what validation renders: a typical declaration.
export function sampleFacts(template: {name: string; tier: string}, severity: Severity, now: Date, timeZone: string): PatternFacts {
    return {title: 'Database latency high in eu-west-1', number: 123, severity, tier: template.tier, commanderUsername: 'alice',
        templateName: template.name, now, timeZone};
}

export function previewTemplate(
    template: TemplateTexts & {name: string; tier: string}, severity: Severity, now: Date, timeZone: string,
): Result<TemplatePreview, Record<string, string>> {
    const vars = patternVars(sampleFacts(template, severity, now, timeZone));
    if (!vars.ok) {
        return err({timeZone: vars.error});
    }
    return renderTemplate(template, vars.value);
}
