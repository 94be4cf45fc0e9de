import {Info} from 'luxon';

import type {RitualAgenda, RitualCadence} from '../../../../server-ts/src/contract/rituals';

export type RitualNth = Extract<RitualCadence, {kind: 'monthly'}>['nth'];

// ISO weekdays, Monday first, as the cadence counts them.
export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
export const NTHS: readonly RitualNth[] = [1, 2, 3, 4, -1];
export const AGENDAS: readonly RitualAgenda[] = ['incident-review', 'triage', 'kpis', 'gameday', 'none'];

/** An ISO weekday (1 = Monday) in the viewer's language. */
export const weekdayName = (weekday: number, locale: string): string => Info.weekdays('long', {locale})[weekday - 1] ?? String(weekday);

// A select's value back to its nth; the select offers only NTHS.
export const nthOf = (value: string): RitualNth => NTHS.find((n) => String(n) === value) ?? 1;
export const isAgenda = (v: string): v is RitualAgenda => (AGENDAS as readonly string[]).includes(v);

export const NTH_LABELS: Record<RitualNth, {id: string; defaultMessage: string}> = {
    1: {id: 'rituals.nth.first', defaultMessage: 'First'},
    2: {id: 'rituals.nth.second', defaultMessage: 'Second'},
    3: {id: 'rituals.nth.third', defaultMessage: 'Third'},
    4: {id: 'rituals.nth.fourth', defaultMessage: 'Fourth'},
    [-1]: {id: 'rituals.nth.last', defaultMessage: 'Last'},
};

export const AGENDA_LABELS: Record<RitualAgenda, {id: string; defaultMessage: string}> = {
    'incident-review': {id: 'rituals.agenda.incidentReview', defaultMessage: 'Incident review: the week\'s incidents and follow-ups'},
    triage: {id: 'rituals.agenda.triage', defaultMessage: 'Triage: the queue and its oldest requests'},
    kpis: {id: 'rituals.agenda.kpis', defaultMessage: 'KPIs: incident and triage numbers'},
    gameday: {id: 'rituals.agenda.gameday', defaultMessage: 'Gameday: the planned scenario'},
    none: {id: 'rituals.agenda.none', defaultMessage: 'No agenda, a reminder only'},
};
