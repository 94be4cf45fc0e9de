import {TITLE_MAX} from './declaration.js';
import {clip} from './incident_posts.js';
import {durationText} from './paging_texts.js';
import {err, ok, type Result} from './result.js';

// Chaos gamedays: a drill incident declared to practise the response to a fault broken on purpose.
const SCENARIO_MAX = 200;
const HOW_MAX = 1000;

const length = (text: string) => Array.from(text).length;

function checkText(raw: string, max: number, empty: string): Result<string, string> {
    const text = raw.trim();
    if (text === '') {
        return err(empty);
    }
    return length(text) > max ? err(`it is ${length(text)} characters: keep it to ${max}`) : ok(text);
}

export const checkScenario = (raw: string): Result<string, string> =>
    checkText(raw.replace(/\s+/g, ' '), SCENARIO_MAX, 'say what the gameday breaks, like "primary database failover"');

export const checkHow = (raw: string): Result<string, string> =>
    checkText(raw, HOW_MAX, 'say how the fault was noticed, like "the p99 latency alert fired"');

// The scenario may use all of its 200 characters; the title keeps to the declaration's limit.
export const gamedayTitle = (scenario: string): string => clip(`Gameday: ${scenario}`, TITLE_MAX);

export type Detection = {at: Date; username: string; how: string};

// Whole seconds from the declaration to the first recorded detection; null until the team noticed.
export function timeToDetectSeconds(declaredAt: Date, detectedAt: Date | null): number | null {
    return detectedAt === null ? null : Math.max(0, Math.floor((detectedAt.getTime() - declaredAt.getTime()) / 1000));
}

// What the drill's channel reads when detection is recorded.
export function detectionNotice(detection: Detection, declaredAt: Date): string {
    const after = durationText(timeToDetectSeconds(declaredAt, detection.at) ?? 0);
    return `:mag: **DRILL · Fault detected** by @${detection.username} after ${after}:\n> ${clip(detection.how.replace(/\s+/g, ' '), 300)}`;
}

// Why a second `/sre gameday detected` is refused: the first one stands (time to detect counts from it).
export const alreadyDetectedText = (detection: Detection): string =>
    `detection was already recorded at ${detection.at.toISOString().slice(11, 16)} UTC by @${detection.username}: "${clip(detection.how, 80)}"`;

// Why a page from a drill was refused: drills reach real people only when someone asks for it.
export function drillPageRefusal(incidentNumber: number): string {
    return `#${incidentNumber} is a drill, and drills never page the real on-call unless asked: ` +
        'add --real to the command (`/sre page @bob --real <message>`), or tick "Page real people" in the sidebar';
}
