import type {TemplateInput, TemplateView} from '../../../../server-ts/src/contract/incidents';

/** What the editor holds: the template with its two name lists as the comma-separated text being typed. */
export type TemplateDraft = Omit<TemplateInput, 'defaultMembers' | 'broadcastChannels'> & {defaultMembers: string; broadcastChannels: string};

export const EMPTY_DRAFT: TemplateDraft = {
    name: '', description: '', tier: 'internal', channelNamePattern: 'inc-{date}-{slug}', isPrivate: false,
    headerPattern: '{severity} {title}', purposePattern: '', firstPost: '', defaultMembers: '', broadcastChannels: 'incidents',
    checklist: [], updateIntervalMinutes: {sev1: 30, sev2: 60, sev3: 240, sev4: 1440}, isDrill: false,
};

const splitList = (text: string) => text.split(',').map((s) => s.trim().replace(/^[@~]/, '')).filter((s) => s !== '');

export function draftOf(t: TemplateView): TemplateDraft {
    return {
        name: t.name, description: t.description, tier: t.tier, channelNamePattern: t.channelNamePattern, isPrivate: t.isPrivate,
        headerPattern: t.headerPattern, purposePattern: t.purposePattern, firstPost: t.firstPost,
        defaultMembers: t.defaultMembers.join(', '), broadcastChannels: t.broadcastChannels.join(', '),
        checklist: t.checklist, updateIntervalMinutes: t.updateIntervalMinutes, isDrill: t.isDrill,
    };
}

export function inputOf(d: TemplateDraft): TemplateInput {
    return {...d, defaultMembers: splitList(d.defaultMembers), broadcastChannels: splitList(d.broadcastChannels)};
}

/**
 * The server's message for a field: its exact key, or a nested one under it ("checklist.2.title",
 * "checklist[2].title", "updateIntervalMinutes.sev1").
 */
export function errorFor(fields: Record<string, string>, key: string): string | undefined {
    if (fields[key] !== undefined) {
        return fields[key];
    }
    const nested = Object.keys(fields).find((k) => k.startsWith(`${key}.`) || k.startsWith(`${key}[`));
    return nested === undefined ? undefined : fields[nested];
}

/** Errors for fields the editor does not show (or the whole template), for the general alert. */
export function otherErrors(fields: Record<string, string>, shown: readonly string[]): string[] {
    return Object.entries(fields).filter(([k]) => !shown.some((s) => k === s || k.startsWith(`${s}.`) || k.startsWith(`${s}[`))).map(([, m]) => m);
}
