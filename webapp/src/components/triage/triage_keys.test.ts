import {triageCommand} from './triage_keys';

const press = (key: string, target: EventTarget | null = document.body, mods: Partial<{ctrlKey: boolean; metaKey: boolean; altKey: boolean}> = {}) =>
    triageCommand({key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods});

it.each([['1', 'p1'], ['4', 'p4'], ['a', 'accept'], ['A', 'accept'], ['d', 'decline'], ['u', 'duplicate'], ['s', 'skip'],
    ['t', 'start'], ['o', 'done'], ['r', 'reopen'], ['v', 'set'],
    ['ArrowLeft', 'previous'], ['ArrowRight', 'next'], ['5', null], ['x', null], ['Enter', null]])('%s means %s', (key, command) => {
    expect(press(key)).toBe(command);
});

it.each([['a text field', document.createElement('input')], ['a text area', document.createElement('textarea')], ['a select', document.createElement('select')]])(
    'keys typed in %s are left to it', (_n, target) => {
        expect(press('a', target)).toBeNull();
    });

it('a button or link keeps the shortcuts, modified keys do not', () => {
    expect(press('2', document.createElement('button'))).toBe('p2');
    expect(press('a', document.body, {ctrlKey: true})).toBeNull();
});
