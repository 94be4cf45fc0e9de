import type {GlobalState} from '@mattermost/types/store';

import {manifest} from '../manifest';

import {companionBaseUrl} from './base_url';

type Case = [string, {siteUrl?: string; companionUrl?: unknown}, string];

function state({siteUrl, companionUrl}: Case[1]): GlobalState {
    const plugins = companionUrl === undefined ? {} : {[manifest.id]: {companionurl: companionUrl}};
    const partial = {entities: {general: {config: {SiteURL: siteUrl}}, admin: {config: {PluginSettings: {Plugins: plugins}}}}};
    return partial as unknown as GlobalState;
}

it.each<Case>([
    ['no SiteURL: the page origin + default path', {}, 'https://origin.test/sre-toolkit'],
    ['SiteURL + default path', {siteUrl: 'https://chat.example.com'}, 'https://chat.example.com/sre-toolkit'],
    ['SiteURL with a sub-path and slash', {siteUrl: 'https://example.com/chat/'}, 'https://example.com/chat/sre-toolkit'],
    ['an admin-configured path', {siteUrl: 'https://chat.example.com', companionUrl: '/tools/sre/'}, 'https://chat.example.com/tools/sre'],
    ['a path without a leading slash', {siteUrl: 'https://chat.example.com', companionUrl: 'sre'}, 'https://chat.example.com/sre'],
    ['an absolute URL as is', {siteUrl: 'https://chat.example.com', companionUrl: 'https://sre.example.com/'}, 'https://sre.example.com'],
    ['a blank setting falls back', {siteUrl: 'https://chat.example.com', companionUrl: '  '}, 'https://chat.example.com/sre-toolkit'],
    ['a non-string setting falls back', {siteUrl: 'https://chat.example.com', companionUrl: 42}, 'https://chat.example.com/sre-toolkit'],
])('%s', (_name, input, expected) => {
    expect(companionBaseUrl(state(input), 'https://origin.test')).toBe(expected);
});
