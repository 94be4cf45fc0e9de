import {render, screen} from '@testing-library/react';
import {isValidElement} from 'react';

import {Fragment, jsx, jsxs} from './jsx_runtime';

it('builds elements the host React renders, with the same key checks as React', () => {
    const warnings = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const items = ['a', 'b'].map((k) => jsx('li', {children: k}, k));
    const list = jsxs(Fragment, {children: [jsx('h2', {children: 'Title'}), jsx('ul', {children: items})]});

    expect(isValidElement(list)).toBe(true);
    expect(items.map((i) => i.key)).toEqual(['a', 'b']);
    render(list);
    expect(screen.getByRole('heading', {name: 'Title'})).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['a', 'b']);
    expect(warnings).not.toHaveBeenCalled();

    render(jsx('ul', {children: ['x', 'y'].map((k) => jsx('li', {children: k}))}));
    expect(warnings.mock.calls.flat().join(' ')).toContain('unique "key" prop');
    warnings.mockRestore();
});
