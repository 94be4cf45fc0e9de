import {expect, it} from 'vitest';
import {parsePageText, splitRealFlag, type PageRequest} from './paging_command.js';

const SCHEDULES = [{id: 's1', name: 'SRE primary'}, {id: 's2', name: 'SRE'}, {id: 's3', name: 'Community'}];

it.each<[string, PageRequest]>([
    ['@bob Checkout errors at 20%', {target: {kind: 'user', username: 'bob'}, message: 'Checkout errors at 20%'}],
    ['  @Erin.K   disk full\non db-3 ', {target: {kind: 'user', username: 'erin.k'}, message: 'disk full\non db-3'}],
    ['"SRE primary" API down', {target: {kind: 'schedule', id: 's1', name: 'SRE primary'}, message: 'API down'}],
    ['“sre” primary is down', {target: {kind: 'schedule', id: 's2', name: 'SRE'}, message: 'primary is down'}],
    // The longest name the text starts with wins; quotes pick a shorter one.
    ['SRE primary API down', {target: {kind: 'schedule', id: 's1', name: 'SRE primary'}, message: 'API down'}],
    ['sre PRIMARY API down', {target: {kind: 'schedule', id: 's1', name: 'SRE primary'}, message: 'API down'}],
    ['SRE primaryx down', {target: {kind: 'schedule', id: 's2', name: 'SRE'}, message: 'primaryx down'}],
    ['community forum is slow', {target: {kind: 'schedule', id: 's3', name: 'Community'}, message: 'forum is slow'}],
])('parses %j', (text, request) => expect(parsePageText(text, SCHEDULES)).toEqual({ok: true, value: request}));

it.each<[string, RegExp]>([
    ['@bob', /^Say what is wrong after @bob, like/],
    ['@ API down', /^"@" is not a Mattermost username\.$/],
    ['@bob! API down', /^"@bob!" is not a Mattermost username/],
    ['"SRE primary"', /^Say what is wrong after "SRE primary"/],
    ['"Night shift" API down', /^No schedule is called "Night shift"\. Schedules: "SRE primary", "SRE", "Community"\.$/],
    ['SRE primary', /^Say what is wrong after "SRE primary"/],
    ['Communityforum slow', /^Page whom\? Write @username for a person, or a schedule's name\./],
    ['bob API down', /^Page whom\?/],
])('refuses %j', (text, message) => {
    const result = parsePageText(text, SCHEDULES);
    expect(result.ok ? '' : result.error).toMatch(message);
});

it('says when there are no schedules at all', () =>
    expect(parsePageText('primary down', [])).toEqual({ok: false, error: 'Page whom? Write @username for a person, or a schedule\'s name. There are no on-call schedules yet.'}));

it.each<[string, {text: string; isReal: boolean}]>([
    ['@bob --real Checkout errors', {text: '@bob  Checkout errors', isReal: true}],
    ['"SRE primary" API down --REAL', {text: '"SRE primary" API down', isReal: true}],
    ['--real @bob API down', {text: '@bob API down', isReal: true}],
    ['@bob API down', {text: '@bob API down', isReal: false}],
    ['@bob the --really-bad deploy', {text: '@bob the --really-bad deploy', isReal: false}],
])('finds --real in %j', (text, split) => expect(splitRealFlag(text)).toEqual(split));

it('parses what is left once --real is taken out', () =>
    expect(parsePageText(splitRealFlag('@bob --real Checkout errors').text, SCHEDULES)).toEqual({ok: true, value: {target: {kind: 'user', username: 'bob'}, message: 'Checkout errors'}}));
