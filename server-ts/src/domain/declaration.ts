import type {ChecklistItem, ChecklistRunbook, ChecklistStep, Person} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {
    broadcastText, checklistPostText, clip, drillMark, drillMarked, firstPostText, threadReplyText, type IncidentSubject, type SourcePost,
} from './incident_posts.js';
import {patternVars} from './patterns.js';
import {nextUpdateDue} from './reminders.js';
import {err, ok, type Result} from './result.js';
import {parseSeverity} from './severity.js';
import {HEADER_MAX, PURPOSE_MAX, type ValidTemplate} from './template.js';
import {renderTemplate} from './template_render.js';

// The order the saga runs them in: members before posts so they get notified, the summary pinned once posted.
export const DECLARATION_STEPS = [
    'create_channel', 'add_members', 'first_post', 'checklist_post', 'runbooks_post', 'pin_summary', 'reply_in_thread', 'broadcast',
] as const;
export type DeclarationStep = typeof DECLARATION_STEPS[number];

export type DeclarationInput = {
    title: string;
    // Raw as typed; empty means the template's default for its tier.
    severity: string;
    summary: string;
    commander: Person;
    declarer: Person;
    sourcePost?: SourcePost;
};
export type DeclarationContext = {
    now: Date;
    timeZone: string;
    number: number;
    // The library runbooks the template's steps link (by id), and whether the channel gets a "Runbooks" post.
    runbooks?: {linked: ReadonlyMap<string, ChecklistRunbook>; hasPost: boolean};
};

export type DeclarationPlan = {
    subject: IncidentSubject;
    commander: Person;
    declarer: Person;
    sourcePostId: string | null;
    // The wanted name; the saga asks Mattermost and may settle on base-2, base-3… (uniqueChannelName).
    channelName: string;
    displayName: string;
    header: string;
    purpose: string;
    firstPost: string;
    checklistPost: string;
    checklist: ChecklistItem[];
    memberUsernames: string[];
    broadcastChannels: string[];
    // Rendered for `channelName`; re-render with broadcastText/threadReplyText if the final name differs.
    broadcastText: string;
    threadReplyText: string | null;
    nextUpdateDueAt: Date;
    steps: DeclarationStep[];
};

export const TITLE_MAX = 200;
const SUMMARY_MAX = 4000;
// Mattermost's limit for a channel's display name.
const DISPLAY_NAME_MAX = 64;

type Checked = {title: string; severity: Severity; summary: string};

function checkInput(input: DeclarationInput, template: ValidTemplate): Result<Checked, Record<string, string>> {
    const title = input.title.trim().replace(/\s+/g, ' ');
    const summary = input.summary.trim();
    const severity = input.severity.trim() === '' ? {ok: true as const, value: template.defaultSeverity} : parseSeverity(input.severity);
    const titleLength = Array.from(title).length;
    const problems: Record<string, string> = {};
    if (titleLength === 0) {
        problems.title = 'give the incident a title';
    } else if (titleLength > TITLE_MAX) {
        problems.title = `the title is ${titleLength} characters: keep it to ${TITLE_MAX}`;
    }
    if (!severity.ok) {
        problems.severity = severity.error;
    }
    if (summary.length > SUMMARY_MAX) {
        problems.summary = `the summary is ${summary.length} characters: keep it to ${SUMMARY_MAX}`;
    }
    return severity.ok && Object.keys(problems).length === 0 ? ok({title, severity: severity.value, summary}) : err(problems);
}

export function planDeclaration(
    input: DeclarationInput, template: ValidTemplate, ctx: DeclarationContext,
): Result<DeclarationPlan, Record<string, string>> {
    const checked = checkInput(input, template);
    if (!checked.ok) {
        return checked;
    }
    const {title, severity, summary} = checked.value;
    const vars = patternVars({title, severity, number: ctx.number, tier: template.tier, commanderUsername: input.commander.username,
        templateName: template.name, now: ctx.now, timeZone: ctx.timeZone});
    if (!vars.ok) {
        return err({timeZone: vars.error});
    }
    const rendered = renderTemplate(template, vars.value);
    if (!rendered.ok) {
        // The template passed validation, so only this title can break it: say so against the template.
        return err({template: `template "${template.name}" cannot be used for this incident: ${Object.values(rendered.error).join('; ')}`});
    }
    const subject: IncidentSubject = {number: ctx.number, title, severity, summary, isPrivate: template.isPrivate,
        isDrill: template.isDrill, commanderUsername: input.commander.username};
    const {channelName, header, purpose, firstPost} = rendered.value;
    return ok({
        subject, commander: input.commander, declarer: input.declarer, sourcePostId: input.sourcePost?.id ?? null,
        channelName, displayName: clip(`${drillMark(template.isDrill)}Incident ${ctx.number}: ${title}`, DISPLAY_NAME_MAX),
        header: clip(drillMarked(template.isDrill, header), HEADER_MAX), purpose: clip(drillMarked(template.isDrill, purpose), PURPOSE_MAX),
        firstPost: firstPostText(subject, input.declarer.username, input.sourcePost, firstPost),
        checklistPost: checklistPostText(template.checklist),
        checklist: template.checklist.map((step) => checklistItem(step, ctx.runbooks?.linked)),
        memberUsernames: memberUsernames(input, template),
        broadcastChannels: [...template.broadcastChannels],
        broadcastText: broadcastText(subject, channelName),
        threadReplyText: input.sourcePost ? threadReplyText(subject, channelName) : null,
        nextUpdateDueAt: nextUpdateDue(severity, template.updateIntervalMinutes, ctx.now),
        steps: stepsFor(input, template, ctx.runbooks?.hasPost ?? false),
    });
}

// The runbook's title and link are taken now: the checklist reads the same however the library changes later.
function checklistItem(step: ChecklistStep, linked: ReadonlyMap<string, ChecklistRunbook> | undefined): ChecklistItem {
    const runbook = step.runbookId === undefined || step.runbookId === null ? undefined : linked?.get(step.runbookId);
    return {title: step.title, runbookUrl: step.runbookUrl, runbook: runbook ?? null, doneAt: null, doneBy: null};
}

function memberUsernames(input: DeclarationInput, template: ValidTemplate): string[] {
    const all = [input.declarer.username, input.commander.username, input.sourcePost?.authorUsername, ...template.defaultMembers];
    return [...new Set(all.filter((u): u is string => u !== undefined && u !== '').map((u) => u.toLowerCase()))];
}

// Steps with nothing to do are left out, so the saga never records a no-op as pending.
function stepsFor(input: DeclarationInput, template: ValidTemplate, hasRunbooksPost: boolean): DeclarationStep[] {
    return DECLARATION_STEPS.filter((step) => {
        switch (step) {
        case 'checklist_post':
            return template.checklist.length > 0;
        case 'runbooks_post':
            return hasRunbooksPost;
        case 'reply_in_thread':
            return input.sourcePost !== undefined;
        case 'broadcast':
            return template.broadcastChannels.length > 0;
        default:
            return true;
        }
    });
}
