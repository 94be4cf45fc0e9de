import type {ServiceTier} from '../contract/incidents.js';
import type {Severity} from '../contract/summary.js';
import {err, ok, type Result} from './result.js';

export const SEVERITIES: readonly Severity[] = ['sev1', 'sev2', 'sev3', 'sev4'];

// People type "SEV2", "sev 2" or just "2" in dialogs and slash commands; all mean the same.
const SEVERITY = /^(?:sev\s*)?([1-4])$/i;

export function parseSeverity(raw: string): Result<Severity, string> {
    const digit = SEVERITY.exec(raw.trim())?.[1];
    if (digit === undefined) {
        return err(`"${raw.trim()}" is not a severity: use SEV1 (most severe) to SEV4`);
    }
    return ok(`sev${digit}` as Severity);
}

// How people write it in posts and headers.
export const severityLabel = (severity: Severity): string => severity.toUpperCase();

// Cloud user-facing services hurt customers first, so their incidents start most severe.
const TIER_SEVERITY: Record<ServiceTier, Severity> = {cloud: 'sev1', community: 'sev2', internal: 'sev3'};

export const tierDefaultSeverity = (tier: ServiceTier): Severity => TIER_SEVERITY[tier];

export const SERVICE_TIERS: readonly ServiceTier[] = ['cloud', 'community', 'internal'];

export function parseTier(raw: string): Result<ServiceTier, string> {
    const tier = SERVICE_TIERS.find((t) => t === raw.trim().toLowerCase());
    return tier ? ok(tier) : err(`"${raw}" is not a tier: use cloud, community or internal`);
}
