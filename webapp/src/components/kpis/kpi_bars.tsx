import type {CSSProperties} from 'react';

/** One week's bar: its label, its figure (null: no data), and the figure as people read it. */
export type Bar = {label: string; value: number | null; text: string};

type Props = {
    name: string;
    bars: Bar[];
    width: number;
    height: number;
    // The highlighted bar; the last one when not given.
    selected?: number;
    // Clicking a bar picks its week: a shortcut for the mouse, the page has buttons for the keyboard.
    onSelect?: (index: number) => void;
    // Stretches to its container's width; width and height then only set the proportions.
    isFluid?: boolean;
};

/** "MTTA: Mar 2 4 m 10 s, Mar 9 no data, …": what a screen reader says for the whole chart. */
const describeBars = (name: string, bars: Bar[]) => `${name}: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}`;

/**
 * Bars without axes, scaled to the largest figure; a week without data has neither bar nor baseline, so the gap shows.
 * Plain SVG styled by the host's theme variables: no chart library in the bundle.
 */
export function KpiBars({name, bars, width, height, selected = bars.length - 1, onSelect, isFluid = false}: Props) {
    const description = describeBars(name, bars);
    const top = Math.max(0, ...bars.map((b) => b.value ?? 0));
    const slot = width / Math.max(1, bars.length);
    const barWidth = Math.max(1, slot * 0.7);
    // One pixel stays for the baseline under every bar.
    const scale = top > 0 ? (height - 1) / top : 0;
    return (
        <svg role='img' aria-label={description} width={width} height={height} viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio={isFluid ? 'none' : undefined} style={isFluid ? {...barStyles.svg, width: '100%'} : barStyles.svg}>
            <title>{description}</title>
            {bars.map((bar, i) => {
                const x = (i * slot) + ((slot - barWidth) / 2);
                const barHeight = bar.value === null ? 0 : bar.value * scale;
                return (
                    <g key={bar.label} onClick={onSelect && (() => onSelect(i))} style={onSelect ? barStyles.clickable : undefined}>
                        <title>{`${bar.label}: ${bar.text}`}</title>
                        {bar.value !== null && <rect x={x} y={height - 1} width={barWidth} height={1} style={barStyles.baseline}/>}
                        {barHeight > 0 && (
                            <rect x={x} y={height - 1 - barHeight} width={barWidth} height={barHeight} rx={1}
                                style={i === selected ? barStyles.selected : barStyles.bar}/>
                        )}
                        {onSelect && <rect x={i * slot} y={0} width={slot} height={height} style={barStyles.hit}/>}
                    </g>
                );
            })}
        </svg>
    );
}

// Theme variables in style, not in fill attributes: older browsers do not resolve var() in SVG attributes.
const barStyles = {
    svg: {display: 'block', overflow: 'visible'},
    bar: {fill: 'rgba(var(--button-bg-rgb), 0.4)'},
    selected: {fill: 'var(--button-bg)'},
    baseline: {fill: 'rgba(var(--center-channel-color-rgb), 0.24)'},
    hit: {fill: 'transparent'},
    clickable: {cursor: 'pointer'},
} satisfies Record<string, CSSProperties>;
