import type {Layer, Override, Restriction, RotationUnit, Schedule, ScheduleBody, ScheduleProblem, Weekday} from '../contract/schedules.js';
import {WEEKDAYS} from './oncall_restrictions.js';
import {instantOfTime, parseClock, parseTimeText} from './oncall_time_text.js';
import {isKnownZone, zoneClock, type ZoneClock} from './oncall_wall_clock.js';
import {err, ok, type Result} from './result.js';
import {fieldsProblem} from './field_problems.js';

type LayerBody = ScheduleBody['layers'][number];
type RestrictionBody = NonNullable<LayerBody['restrictions']>[number];
type OverrideBody = NonNullable<ScheduleBody['overrides']>[number];

// Problems by JSON path ("layers[0].rotation.every"), so the editor can put each message next to its field.
type Problems = Record<string, string>;
type Context = {problems: Problems; clock: ZoneClock | null; knownUsernames: ReadonlySet<string> | null};

const MAX_NAME = 100;
const MAX_LAYERS = 10;
const MAX_USERS = 100;
const MAX_RESTRICTIONS = 20;
const MAX_OVERRIDES = 2000;
const MAX_EVERY = 1000;
const UNITS: readonly RotationUnit[] = ['hour', 'day', 'week'];

export const scheduleProblem = (fields: Problems): ScheduleProblem => fieldsProblem('invalid_schedule', fields);

// A body as POSTed or PUT → the schedule to store, or every problem at once. `knownUsernames`: the Mattermost
// usernames allowed on call; null skips that check, for rows read back from storage whose people were checked
// when saved and may since have left (a rotation must still answer for them).
export function parseSchedule(body: ScheduleBody, knownUsernames: ReadonlySet<string> | null): Result<Schedule, ScheduleProblem> {
    const problems: Problems = {};
    const name = body.name.trim();
    if (name.length === 0 || name.length > MAX_NAME) {
        problems.name = `give the schedule a name of 1 to ${MAX_NAME} characters`;
    }
    const timeZone = body.timeZone.trim();
    const isZoneKnown = isKnownZone(timeZone);
    if (!isZoneKnown) {
        problems.timeZone = `unknown time zone "${timeZone}": use an IANA name such as Europe/Berlin`;
    }
    const context: Context = {problems, clock: isZoneKnown ? zoneClock(timeZone) : null, knownUsernames};
    const layers = parseLayers(body.layers, context);
    const overrides = parseOverrides(body.overrides ?? [], context);
    return Object.keys(problems).length > 0 ? err(scheduleProblem(problems)) : ok({name, timeZone, layers, overrides});
}

function parseLayers(raw: LayerBody[], context: Context): Layer[] {
    if (raw.length === 0 || raw.length > MAX_LAYERS) {
        context.problems.layers = `give the schedule 1 to ${MAX_LAYERS} layers`;
    }
    const layers = raw.map((layer, i) => parseLayer(layer, `layers[${i}]`, context));
    layers.forEach((layer, i) => {
        const first = layers.findIndex((other) => other.name === layer.name);
        if (first < i && layer.name !== '') {
            context.problems[`layers[${i}].name`] = `layers[${first}] is already called "${layer.name}": layer names must differ`;
        }
    });
    return layers;
}

function parseLayer(raw: LayerBody, path: string, context: Context): Layer {
    const {problems} = context;
    const name = raw.name.trim();
    if (name.length === 0 || name.length > MAX_NAME) {
        problems[`${path}.name`] = `give the layer a name of 1 to ${MAX_NAME} characters`;
    }
    if (raw.users.length === 0 || raw.users.length > MAX_USERS) {
        problems[`${path}.users`] = `list 1 to ${MAX_USERS} users, in hand-off order`;
    }
    const users = raw.users.map((user, i) => parseUser(user, `${path}.users[${i}]`, context));
    const {every, unit} = raw.rotation;
    if (!Number.isInteger(every) || every < 1 || every > MAX_EVERY) {
        problems[`${path}.rotation.every`] = `every must be a whole number from 1 to ${MAX_EVERY} (got ${every})`;
    }
    const isUnit = (UNITS as readonly string[]).includes(unit);
    if (!isUnit) {
        problems[`${path}.rotation.unit`] = `unit must be hour, day or week (got "${unit}")`;
    }
    const start = raw.start.trim();
    const startTime = parseTimeText(start);
    if (!startTime.ok) {
        problems[`${path}.start`] = startTime.error;
    }
    const restrictions = raw.restrictions ?? [];
    if (restrictions.length > MAX_RESTRICTIONS) {
        problems[`${path}.restrictions`] = `at most ${MAX_RESTRICTIONS} restrictions`;
    }
    return {
        name, users, start, rotation: {every, unit: isUnit ? unit as RotationUnit : 'hour'},
        restrictions: restrictions.map((r, i) => parseRestriction(r, `${path}.restrictions[${i}]`, problems)),
    };
}

function parseRestriction(raw: RestrictionBody, path: string, problems: Problems): Restriction {
    if (raw.days.length === 0) {
        problems[`${path}.days`] = 'list at least one day: mon, tue, wed, thu, fri, sat, sun';
    }
    const days = raw.days.map((day, i) => {
        const weekday = day.trim().toLowerCase();
        if (!(WEEKDAYS as readonly string[]).includes(weekday)) {
            problems[`${path}.days[${i}]`] = `"${day}" is not a day: use mon, tue, wed, thu, fri, sat or sun`;
        }
        return weekday as Weekday;
    });
    const from = raw.from.trim();
    const to = raw.to.trim();
    const fromMinutes = parseClock(from, false);
    const toMinutes = parseClock(to, true);
    if (!fromMinutes.ok) {
        problems[`${path}.from`] = fromMinutes.error;
    }
    if (!toMinutes.ok) {
        problems[`${path}.to`] = toMinutes.error;
    }
    return {days, from, to};
}

// Mattermost usernames are lower case; people paste them with an @.
function parseUser(raw: string, path: string, context: Context): string {
    const username = raw.trim().replace(/^@/, '').toLowerCase();
    if (username === '' || (context.knownUsernames !== null && !context.knownUsernames.has(username))) {
        context.problems[path] = `unknown user "${raw}": use a Mattermost username`;
    }
    return username;
}

type Span = {index: number; start: number; end: number; override: Override};

// Overlapping overrides would leave "who wins" to list order, so they are refused, naming both. The stored
// list is sorted by start.
function parseOverrides(raw: OverrideBody[], context: Context): Override[] {
    if (raw.length > MAX_OVERRIDES) {
        context.problems.overrides = `at most ${MAX_OVERRIDES} overrides: remove past ones`;
    }
    const spans = raw.flatMap((o, index) => {
        const override = {user: parseUser(o.user, `overrides[${index}].user`, context), start: o.start.trim(), end: o.end.trim()};
        const span = overrideSpan(override, `overrides[${index}]`, context);
        return span === null ? [] : [{index, ...span, override}];
    }).sort((a, b) => a.start - b.start);
    // The earlier override reaching furthest: a long one can overlap several that start after it.
    let reach: Span | undefined;
    for (const span of spans) {
        if (reach && span.start < reach.end) {
            context.problems[`overrides[${span.index}].start`] = `overlaps overrides[${reach.index}] (${reach.override.user}): ` +
                'end one before the other starts';
        }
        reach = reach && reach.end >= span.end ? reach : span;
    }
    return spans.map((s) => s.override);
}

function overrideSpan(override: Override, path: string, context: Context): {start: number; end: number} | null {
    const start = parseTimeText(override.start);
    const end = parseTimeText(override.end);
    if (!start.ok) {
        context.problems[`${path}.start`] = start.error;
    }
    if (!end.ok) {
        context.problems[`${path}.end`] = end.error;
    }
    if (!start.ok || !end.ok || context.clock === null) {
        return null;
    }
    const span = {start: instantOfTime(start.value, context.clock), end: instantOfTime(end.value, context.clock)};
    if (span.end <= span.start) {
        context.problems[`${path}.end`] = 'the override must end after it starts';
        return null;
    }
    return span;
}
