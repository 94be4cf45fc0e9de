import {describe, expect, it} from 'vitest';
import {buildAgenda} from './ritual_agenda.js';
import {gamedaySections, type LastDrill} from './ritual_agenda_gameday.js';

const TEMPLATE = {name: 'Chaos gameday drill', steps: ['Announce the drill in ~cloud-sre-team', 'Inject the failure', 'Restore']};
const DRILL: LastDrill = {number: 31, title: 'Kill the primary DB', status: 'resolved', channelName: 'drill-31-kill', isPrivate: false,
    declaredAt: new Date('2026-03-05T13:10:00Z'), scenario: 'Stop postgres-primary in eu-1', followUps: [
        {number: 50, title: 'Automate failover', status: 'in_progress', ownerUsername: 'bob', dueAt: new Date('2026-03-20T12:00:00Z'), incidentNumber: 31},
        {number: 51, title: 'Page the DB on-call', status: 'done', ownerUsername: null, dueAt: null, incidentNumber: 31},
    ]};

describe('gamedaySections', () => {
    it('names the drill template with its checklist, and the last drill with every follow-up and its status', () => {
        expect(gamedaySections({template: TEMPLATE, lastDrill: DRILL, timeZone: 'Europe/Berlin'})).toEqual([
            '##### Drill template',
            'Declare the drill with the **Chaos gameday drill** template.',
            'Its checklist:', '- Announce the drill in ~cloud-sre-team', '- Inject the failure', '- Restore',
            '', '##### The last drill',
            'DRILL #31 Kill the primary DB ~drill-31-kill · declared Thu 5 Mar · resolved',
            'Injected: Stop postgres-primary in eu-1',
            '', 'Its follow-ups:',
            '- #50 Automate failover · in progress · @bob · due Fri 20 Mar',
            '- #51 Page the DB on-call · done · no owner',
        ]);
    });

    it('says what is missing: no template, no drill yet', () => {
        expect(gamedaySections({template: null, lastDrill: null, timeZone: 'UTC'})).toEqual([
            '##### Drill template',
            'No drill template yet: an SRE can tick "drill" on a template, so drills are declared as drills and kept out of the KPIs.',
            '', '##### The last drill', 'No drill has been run yet.',
        ]);
    });

    it('shows a drill still running without a scenario or follow-ups, and keeps a private one\'s title out', () => {
        const running = {...DRILL, status: 'investigating' as const, isPrivate: true, scenario: null, followUps: []};
        expect(gamedaySections({template: {name: 'Drill', steps: []}, lastDrill: running, timeZone: 'UTC'})).toEqual([
            '##### Drill template', 'Declare the drill with the **Drill** template.', 'Its checklist is empty.',
            '', '##### The last drill', 'DRILL #31 (private) · declared Thu 5 Mar · still investigating',
            '', 'Its follow-ups:', 'None were filed.',
        ]);
    });

    it('sits under the gameday heading, with the planned scenario from the notes', () => {
        const text = buildAgenda({ritual: {name: 'Chaos Gameday', timeZone: 'Europe/Berlin', attendees: ['SRE'], notes: 'Fail over the primary DB in eu-1'},
            occurrenceAt: new Date('2026-04-02T12:00:00Z'), isLate: false}, {kind: 'gameday', gameday: {template: TEMPLATE, lastDrill: DRILL, timeZone: 'Europe/Berlin'}});
        expect(text.split('\n').slice(0, 8)).toEqual([
            '#### :calendar: Agenda: Chaos Gameday', '**When:** Thursday 2 April 2026, 14:00 (Europe/Berlin)', '**Attendees:** SRE',
            '**Planned scenario:**', '> Fail over the primary DB in eu-1', '', '##### Drill template', 'Declare the drill with the **Chaos gameday drill** template.',
        ]);
    });
});
