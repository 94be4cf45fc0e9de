import {describe, expect, it} from 'vitest';
import type {IncidentStatus} from '../contract/summary.js';
import {changeStatus, reopen, resolve} from './incident_status.js';

describe('changeStatus', () => {
    it.each<[IncidentStatus, string, IncidentStatus]>([
        ['investigating', 'identified', 'identified'],
        ['investigating', 'monitoring', 'monitoring'],
        ['identified', 'investigating', 'investigating'],
        ['identified', 'monitoring', 'monitoring'],
        ['monitoring', 'investigating', 'investigating'],
        ['monitoring', 'identified', 'identified'],
        ['investigating', ' Identified ', 'identified'],
    ])('%s → %j gives %s', (from, to, expected) => expect(changeStatus(from, to)).toEqual({ok: true, value: expected}));

    it.each<[IncidentStatus, string, RegExp]>([
        ['investigating', 'investigating', /already investigating/],
        ['identified', 'identified', /already identified/],
        ['monitoring', 'monitoring', /already monitoring/],
        ['investigating', 'resolved', /use resolve with a summary/],
        ['identified', 'resolved', /use resolve with a summary/],
        ['monitoring', 'resolved', /use resolve with a summary/],
        ['resolved', 'investigating', /resolved: reopen it first/],
        ['resolved', 'identified', /resolved: reopen it first/],
        ['resolved', 'monitoring', /resolved: reopen it first/],
        ['resolved', 'resolved', /resolved: reopen it first/],
        ['investigating', 'fixed', /"fixed" is not a status: use investigating, identified, monitoring/],
        ['monitoring', '', /is not a status/],
    ])('refuses %s → %j', (from, to, message) => {
        const result = changeStatus(from, to);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error).toMatch(message);
    });
});

describe('resolve and reopen', () => {
    it.each<IncidentStatus>(['investigating', 'identified', 'monitoring'])('resolves from %s', (from) =>
        expect(resolve(from)).toEqual({ok: true, value: 'resolved'}));
    it('refuses to resolve twice', () => expect(resolve('resolved')).toEqual({ok: false, error: 'the incident is already resolved'}));
    it('reopens a resolved incident as investigating', () => expect(reopen('resolved')).toEqual({ok: true, value: 'investigating'}));
    it.each<IncidentStatus>(['investigating', 'identified', 'monitoring'])('refuses to reopen from %s', (from) =>
        expect(reopen(from)).toEqual({ok: false, error: `the incident is still ${from}: only a resolved incident can be reopened`}));
});
