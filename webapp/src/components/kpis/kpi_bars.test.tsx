import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {KpiBars, type Bar} from './kpi_bars';

const BARS: Bar[] = [
    {label: 'Dec 9', value: 2, text: '2'},
    {label: 'Dec 16', value: 0, text: '0'},
    {label: 'Dec 23', value: null, text: 'no data'},
    {label: 'Dec 30', value: 4, text: '4'},
];

// Each week is a group titled "<week>: <figure>"; its bar is the rounded rect, its baseline the 1-pixel one.
function weekParts(chart: HTMLElement) {
    return Array.from(chart.querySelectorAll('g')).map((g) => ({
        title: g.querySelector('title')?.textContent,
        bar: g.querySelector('rect[rx]'),
        hasBaseline: Array.from(g.querySelectorAll('rect')).some((r) => r.getAttribute('height') === '1'),
    }));
}

it('says every week\'s figure to screen readers and scales bars to the largest', () => {
    render(<KpiBars name='Incidents' bars={BARS} width={80} height={41}/>);
    const chart = screen.getByRole('img', {name: 'Incidents: Dec 9 2, Dec 16 0, Dec 23 no data, Dec 30 4'});
    expect(chart.querySelector(':scope > title')).toHaveTextContent('Incidents: Dec 9 2, Dec 16 0, Dec 23 no data, Dec 30 4');

    const weeks = weekParts(chart);
    expect(weeks.map((w) => w.title)).toEqual(['Dec 9: 2', 'Dec 16: 0', 'Dec 23: no data', 'Dec 30: 4']);
    // 40 pixels above the baseline for the largest, half of it for half the figure; none for zero or no data.
    expect(weeks.map((w) => w.bar?.getAttribute('height') ?? null)).toEqual(['20', null, null, '40']);
    expect(weeks.map((w) => w.bar?.getAttribute('y') ?? null)).toEqual(['20', null, null, '0']);
    // A week without data has no baseline either, so the gap shows.
    expect(weeks.map((w) => w.hasBaseline)).toEqual([true, true, false, true]);
    // The last week stands out unless another is chosen.
    expect(weeks[3]?.bar).toHaveStyle({fill: 'var(--button-bg)'});
    expect(weeks[0]?.bar).toHaveStyle({fill: 'rgba(var(--button-bg-rgb), 0.4)'});
});

it('draws an all-zero series flat, and highlights and picks the week clicked', async () => {
    const onSelect = jest.fn();
    const {rerender} = render(<KpiBars name='Pages' bars={BARS.map((b) => ({...b, value: 0, text: '0'}))} width={80} height={41}/>);
    expect(weekParts(screen.getByRole('img')).map((w) => w.bar)).toEqual([null, null, null, null]);

    rerender(<KpiBars name='Pages' bars={BARS} width={80} height={41} selected={0} onSelect={onSelect}/>);
    const weeks = weekParts(screen.getByRole('img'));
    expect(weeks[0]?.bar).toHaveStyle({fill: 'var(--button-bg)'});
    expect(weeks[3]?.bar).toHaveStyle({fill: 'rgba(var(--button-bg-rgb), 0.4)'});
    const groups = screen.getByRole('img').querySelectorAll('g');
    await userEvent.click(groups[2] as Element);
    expect(onSelect).toHaveBeenCalledWith(2);
});
