import type {DateTime} from 'luxon';

import type {ScheduleBody, ScheduleView} from '../../../../server-ts/src/contract/schedules';

import {toWallInput, wallOf} from './time_format';

export type LayerDraft = ScheduleBody['layers'][number];
export type OverrideDraft = NonNullable<ScheduleBody['overrides']>[number];
/** The editor's copy of a schedule: exactly the body PUT and preview take, with the overrides always there. */
export type Draft = Omit<ScheduleBody, 'overrides'> & {overrides: OverrideDraft[]};

// Hand-offs are wall-clock times in the schedule's zone, so layer starts are edited as such ("2026-03-16T09:00");
// overrides keep the instants the companion sent until someone changes them.
export function draftFromView(view: ScheduleView): Draft {
    return {
        name: view.name,
        timeZone: view.timeZone,
        layers: view.layers.map((l) => ({
            name: l.name,
            users: [...l.users],
            rotation: {...l.rotation},
            start: toWallInput(l.start, view.timeZone),
            restrictions: l.restrictions.map((r) => ({...r, days: [...r.days]})),
        })),
        overrides: view.overrides.map((o) => ({...o})),
    };
}

/** A new schedule: one weekly layer handing off at 09:00 today in the zone, nobody in it yet. */
export const blankDraft = (zone: string, now: DateTime): Draft => ({
    name: '',
    timeZone: zone,
    layers: [{name: 'primary', users: [], rotation: {every: 1, unit: 'week'}, start: wallOf(now.setZone(zone).startOf('day').set({hour: 9}))}],
    overrides: [],
});

export function patchLayer(draft: Draft, index: number, patch: (layer: LayerDraft) => LayerDraft): Draft {
    return {...draft, layers: draft.layers.map((l, i) => (i === index ? patch(l) : l))};
}

export const addUser = (layer: LayerDraft, username: string): LayerDraft => ({...layer, users: [...layer.users, username]});

export const removeUser = (layer: LayerDraft, at: number): LayerDraft => ({...layer, users: layer.users.filter((_, i) => i !== at)});

/** Moves one user up (-1) or down (+1) in the hand-off order; at either end nothing moves. */
export function moveUser(layer: LayerDraft, at: number, step: 1 | -1): LayerDraft {
    const to = at + step;
    const moving = layer.users[at];
    const other = layer.users[to];
    if (moving === undefined || other === undefined) {
        return layer;
    }
    const users = [...layer.users];
    users[to] = moving;
    users[at] = other;
    return {...layer, users};
}

export const addOverride = (draft: Draft, override: OverrideDraft): Draft => ({...draft, overrides: [...draft.overrides, override]});

export const removeOverride = (draft: Draft, at: number): Draft => ({...draft, overrides: draft.overrides.filter((_, i) => i !== at)});

/** Every field path the editor shows an error beside; the companion's other paths go in the form's alert. */
export function inlinePaths(draft: Draft): string[] {
    const layers = draft.layers.flatMap((l, i) => {
        const at = `layers[${i}]`;
        return [`${at}.name`, `${at}.users`, `${at}.rotation.every`, `${at}.rotation.unit`, `${at}.start`, ...l.users.map((_, j) => `${at}.users[${j}]`)];
    });
    const overrides = draft.overrides.flatMap((_, k) => [`overrides[${k}]`, `overrides[${k}].user`, `overrides[${k}].start`, `overrides[${k}].end`]);
    return ['name', 'timeZone', ...layers, ...overrides];
}
