import type {IncidentStatus} from '../contract/summary.js';
import type {FollowUp} from './ritual_agenda_review.js';
import {bullets, dayText, titleText} from './ritual_agenda_text.js';
import {STATUS_NAMES} from './triage_fields.js';

// The Chaos Gameday: which template runs the drill, and what the last drill left to do. The planned scenario is
// the ritual's notes (shown in the heading).
type DrillTemplate = {name: string; steps: readonly string[]};
export type LastDrill = {
    number: number; title: string; status: IncidentStatus; channelName: string; isPrivate: boolean;
    declaredAt: Date; scenario: string | null; followUps: readonly FollowUp[];
};
export type GamedayInput = {template: DrillTemplate | null; lastDrill: LastDrill | null; timeZone: string};

function templateLines(template: DrillTemplate | null): string[] {
    if (template === null) {
        return ['No drill template yet: an SRE can tick "drill" on a template, so drills are declared as drills and kept out of the KPIs.'];
    }
    const steps = template.steps.length === 0 ? ['Its checklist is empty.'] :
        ['Its checklist:', ...bullets(template.steps, titleText, '')];
    return [`Declare the drill with the **${titleText(template.name)}** template.`, ...steps];
}

function drillLines(drill: LastDrill | null, zone: string): string[] {
    if (drill === null) {
        return ['No drill has been run yet.'];
    }
    const what = drill.isPrivate ? `#${drill.number} (private)` : `#${drill.number} ${titleText(drill.title)} ~${drill.channelName}`;
    const status = drill.status === 'resolved' ? 'resolved' : `still ${drill.status}`;
    return [
        `DRILL ${what} · declared ${dayText(drill.declaredAt, zone)} · ${status}`,
        ...(drill.scenario === null || drill.scenario.trim() === '' ? [] : [`Injected: ${titleText(drill.scenario)}`]),
        '', 'Its follow-ups:',
        ...bullets(drill.followUps, (f) => [`#${f.number} ${titleText(f.title)}`, STATUS_NAMES[f.status],
            f.ownerUsername === null ? 'no owner' : `@${f.ownerUsername}`,
            ...(f.dueAt === null ? [] : [`due ${dayText(f.dueAt, zone)}`])].join(' · '), 'None were filed.'),
    ];
}

export function gamedaySections(input: GamedayInput): string[] {
    return [
        '##### Drill template', ...templateLines(input.template),
        '', '##### The last drill', ...drillLines(input.lastDrill, input.timeZone),
    ];
}
