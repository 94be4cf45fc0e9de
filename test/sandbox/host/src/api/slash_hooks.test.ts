import {describe, expect, it} from 'vitest';

import {runSlashHooks} from './slash_hooks';
import type {SlashHook} from './slash_hooks';

const args = {channel_id: 'c', team_id: 't', root_id: ''};

describe('runSlashHooks', () => {
    it.each<[string, SlashHook[], unknown]>([
        ['no hooks', [], {kind: 'run', message: '/sre help', args}],
        ['a hook that ignores', [() => undefined], {kind: 'run', message: '/sre help', args}],
        ['a rewriting hook', [(m, a) => ({message: `${m} more`, args: a})], {kind: 'run', message: '/sre help more', args}],
        ['an async rejecting hook', [() => Promise.resolve({error: {message: 'nope'}})], {kind: 'rejected', error: 'nope'}],
        ['a swallowing hook', [() => ({})], {kind: 'swallowed'}],
    ])('%s', async (_name, hooks, outcome) => {
        expect(await runSlashHooks(hooks, '/sre help', args)).toEqual(outcome);
    });
});
