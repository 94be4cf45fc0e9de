import {expect, it} from 'vitest';
import type {ServiceTier} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {parseSeverity, parseTier, severityLabel, tierDefaultSeverity} from './severity.js';

it.each<[string, Severity]>([
    ['sev1', 'sev1'],
    ['SEV2', 'sev2'],
    ['Sev3', 'sev3'],
    ['sev 4', 'sev4'],
    ['2', 'sev2'],
    ['  sev1  ', 'sev1'],
])('parses %j as %s', (raw, severity) => expect(parseSeverity(raw)).toEqual({ok: true, value: severity}));

it.each(['', 'sev0', 'sev5', '5', 'sev12', 'high', 'sev-1', 'sev1x', 's1'])('refuses %j and says what to use', (raw) => {
    const result = parseSeverity(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/use SEV1 \(most severe\) to SEV4/);
});

it.each<[ServiceTier, Severity]>([['cloud', 'sev1'], ['community', 'sev2'], ['internal', 'sev3']])(
    '%s tier defaults to %s', (tier, severity) => expect(tierDefaultSeverity(tier)).toBe(severity));

it.each<[string, ServiceTier | null]>([['cloud', 'cloud'], [' Community ', 'community'], ['internal', 'internal'], ['platform', null], ['', null]])(
    'parses tier %j', (raw, tier) => expect(parseTier(raw)).toMatchObject(tier ? {ok: true, value: tier} : {ok: false}));

it('labels severities the way people write them', () => expect(severityLabel('sev2')).toBe('SEV2'));
