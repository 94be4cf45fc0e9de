import {expect, it} from 'vitest';
import type {OnCallNow} from '../contract/summary.js';
import {oncallText} from './oncall_text.js';

const NOW = new Date('2026-03-30T11:00:00Z');
const primary: OnCallNow = {scheduleId: 's1', scheduleName: 'SRE primary', timeZone: 'Europe/Berlin', users: ['bob'],
    since: '2026-03-30T07:00:00Z', until: '2026-03-30T15:00:00Z', next: {users: [], at: '2026-03-30T15:00:00Z'}};

it.each<[string, OnCallNow[], RegExp[]]>([
    ['nobody set up', [], [/^No on-call schedules yet/]],
    ['who, until in the schedule zone, next a gap', [primary], [/\| SRE primary \| @bob \| 17:00 Europe\/Berlin \| :warning: \*\*nobody\*\* \(a gap\) \|/]],
    ['a gap now, changing on another day', [{...primary, users: [], until: '2026-04-02T07:00:00Z', next: {users: ['erin'], at: '2026-04-02T07:00:00Z'}}],
        [/\| :warning: \*\*nobody\*\* \(a gap\) \| Thu 2 Apr 09:00 Europe\/Berlin \| @erin \|/]],
    ['one person for ever', [{...primary, until: null, next: null}], [/\| @bob \| no change planned \| — \|/]],
])('%s', (_, oncall, patterns) => patterns.forEach((p) => expect(oncallText(oncall, NOW)).toMatch(p)));
