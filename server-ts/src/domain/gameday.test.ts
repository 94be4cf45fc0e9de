import {describe, expect, it} from 'vitest';
import {alreadyDetectedText, checkHow, checkScenario, detectionNotice, drillPageRefusal, gamedayTitle, timeToDetectSeconds} from './gameday.js';
import {drillMarked} from './incident_posts.js';

describe('gameday inputs', () => {
    it.each<[string, string, ReturnType<typeof checkScenario>]>([
        ['tidies spaces', '  Kill the\n primary  DB ', {ok: true, value: 'Kill the primary DB'}],
        ['takes 200 characters', 's'.repeat(200), {ok: true, value: 's'.repeat(200)}],
        ['refuses blank', ' \n ', {ok: false, error: 'say what the gameday breaks, like "primary database failover"'}],
        ['refuses 201 characters', 's'.repeat(201), {ok: false, error: 'it is 201 characters: keep it to 200'}],
    ])('scenario: %s', (_name, raw, result) => expect(checkScenario(raw)).toEqual(result));

    it.each<[string, string, ReturnType<typeof checkHow>]>([
        ['keeps line breaks', ' Alert fired\nat 10:12 ', {ok: true, value: 'Alert fired\nat 10:12'}],
        ['refuses blank', '', {ok: false, error: 'say how the fault was noticed, like "the p99 latency alert fired"'}],
        ['refuses 1001 characters', 'h'.repeat(1001), {ok: false, error: 'it is 1001 characters: keep it to 1000'}],
    ])('how: %s', (_name, raw, result) => expect(checkHow(raw)).toEqual(result));

    it('titles the drill, within the declaration\'s 200 characters', () => {
        expect(gamedayTitle('Kill the primary DB')).toBe('Gameday: Kill the primary DB');
        expect(Array.from(gamedayTitle('s'.repeat(200)))).toHaveLength(200);
    });
});

describe('detection', () => {
    const declared = new Date('2025-03-05T10:00:00Z');
    const detection = {at: new Date('2025-03-05T10:12:30Z'), username: 'bob', how: 'The replica lag\nalert fired'};

    it.each<[Date | null, number | null]>([[null, null], [new Date('2025-03-05T10:12:30Z'), 750], [new Date('2025-03-05T09:59:00Z'), 0]])(
        'time to detect at %s is %s', (at, seconds) => expect(timeToDetectSeconds(declared, at)).toBe(seconds));

    it('is announced and, once recorded, refused again with the first', () => {
        expect(detectionNotice(detection, declared)).toBe(':mag: **DRILL · Fault detected** by @bob after 12 min 30 s:\n> The replica lag alert fired');
        expect(alreadyDetectedText(detection)).toBe('detection was already recorded at 10:12 UTC by @bob: "The replica lag\nalert fired"');
    });

    it('explains a refused page and how to page for real', () =>
        expect(drillPageRefusal(12)).toMatch(/^#12 is a drill, and drills never page the real on-call unless asked: add --real to the command/));
});

it.each<[boolean, string, string]>([
    [true, 'SEV3 · Kill the DB', 'DRILL · SEV3 · Kill the DB'],
    [true, 'DRILL · SEV3', 'DRILL · SEV3'],
    [true, 'drill: practice', 'drill: practice'],
    [true, '', 'DRILL'],
    [true, 'Drilling rig outage', 'DRILL · Drilling rig outage'],
    [false, 'SEV3 · Kill the DB', 'SEV3 · Kill the DB'],
])('drillMarked(%s, %j) is %j', (isDrill, text, marked) => expect(drillMarked(isDrill, text)).toBe(marked));
