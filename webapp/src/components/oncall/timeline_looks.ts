import type {CSSProperties} from 'react';

import type {Segment} from './timeline_model';

/**
 * Bar looks of the timeline and its legend: overrides differ by hatching and a dashed border, not by colour alone.
 * Borders are longhands because some CSS parsers (jsdom's among them) drop a shorthand holding var().
 */
export const barLooks = {
    layer: {background: 'rgba(var(--button-bg-rgb), 0.12)', borderLeftWidth: 3, borderLeftStyle: 'solid', borderLeftColor: 'var(--button-bg)'},
    override: {
        background: 'repeating-linear-gradient(135deg, rgba(var(--button-bg-rgb), 0.24) 0 6px, rgba(var(--button-bg-rgb), 0.08) 6px 12px)',
        borderWidth: 2, borderStyle: 'dashed', borderColor: 'var(--button-bg)',
    },
    gap: {background: 'rgba(var(--error-text-color-rgb), 0.12)', borderWidth: 1, borderStyle: 'solid', borderColor: 'var(--error-text)', color: 'var(--error-text)'},
} satisfies Record<string, CSSProperties>;

export const lookOf = (seg: Segment): CSSProperties =>
    (seg.kind === 'gap' ? barLooks.gap : seg.source === 'override' ? barLooks.override : barLooks.layer);
