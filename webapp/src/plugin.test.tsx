import {render} from '@testing-library/react';
import type {ReactElement} from 'react';
import type {UnknownAction} from 'redux';

import {SreReviewPage} from './components/kpis/sre_review_page';
import {LiveUpdates} from './components/live_updates';
import {SreSidebar} from './components/sidebar/sre_sidebar';
import {NewRequestModal} from './components/triage/new_request_modal';
import {TriageModal} from './components/triage/triage_modal';
import {manifest} from './manifest';
import {SreToolkitPlugin} from './plugin';
import type {PluginRegistry} from './plugin_registry';
import {channelIncidentLoaded, getDeclarePrefill} from './store/incident_ui_slice';
import {pluginReducer} from './store/plugin_reducer';
import {getNewRequestPrefill} from './store/triage_slice';
import {createHostStore} from './test_support/host_store';
import {withTimeline} from './test_support/incidents';

const TOGGLE: UnknownAction = {type: 'TOGGLE_RHS_PLUGIN', pluginId: 'sre'};

/** Records every registry call, in order, and hands out ids the way the host does. */
function recordingRegistry() {
    const calls: [string, ...unknown[]][] = [];
    let next = 0;
    const id = () => `id${++next}`;
    const record = <R,>(name: string, result: () => R) => (...args: unknown[]): R => {
        calls.push([name, ...args]);
        return result();
    };
    const registry: PluginRegistry = {
        registerReducer: record('registerReducer', () => undefined),
        registerTranslations: record('registerTranslations', () => undefined),
        registerRootComponent: record('registerRootComponent', id),
        registerRightHandSidebarComponent: record('registerRightHandSidebarComponent', () => ({
            id: id(), showRHSPlugin: {type: 'SHOW'}, hideRHSPlugin: {type: 'HIDE'}, toggleRHSPlugin: TOGGLE,
        })),
        registerAppBarComponent: record('registerAppBarComponent', id),
        registerChannelHeaderButtonAction: record('registerChannelHeaderButtonAction', id),
        registerPostDropdownMenuAction: record('registerPostDropdownMenuAction', id),
        registerNeedsTeamRoute: record('registerNeedsTeamRoute', id),
        unregisterComponent: record('unregisterComponent', () => undefined),
    };
    return {registry, calls};
}

function initialized() {
    const {registry, calls} = recordingRegistry();
    const dispatched: UnknownAction[] = [];
    const host = createHostStore();
    const plugin = new SreToolkitPlugin();
    plugin.initialize(registry, {getState: host.getState, dispatch: (a) => dispatched.push(host.dispatch(a))});
    const call = (name: string) => {
        const found = calls.find(([n]) => n === name);
        if (!found) {
            throw new Error(`${name} was not called`);
        }
        return found.slice(1);
    };
    const all = (name: string) => calls.filter(([n]) => n === name).map((c) => c.slice(1));
    return {plugin, calls, dispatched, call, all, host};
}

it('registers the reducer, translations, live updates, sidebar, modals, App Bar icon, header buttons and post menu items', () => {
    const {calls, call, all} = initialized();
    expect(calls.map(([name]) => name)).toEqual([
        'registerReducer', 'registerTranslations', 'registerRootComponent',
        'registerRightHandSidebarComponent', 'registerRootComponent', 'registerAppBarComponent',
        'registerChannelHeaderButtonAction', 'registerChannelHeaderButtonAction',
        'registerPostDropdownMenuAction', 'registerPostDropdownMenuAction',
        'registerRootComponent', 'registerRootComponent', 'registerPostDropdownMenuAction', 'registerNeedsTeamRoute',
    ]);
    expect(call('registerReducer')).toEqual([pluginReducer]);
    expect(all('registerRootComponent').map(([c]) => (c as {name: string}).name)).toEqual([LiveUpdates.name, 'DeclareModal', NewRequestModal.name, TriageModal.name]);
    expect(all('registerPostDropdownMenuAction').map(([text]) => text)).toEqual(['Declare incident', 'Add to timeline', 'Send to SRE triage']);
    expect(call('registerRightHandSidebarComponent')).toEqual([SreSidebar, 'SRE Toolkit']);
    expect(call('registerNeedsTeamRoute')).toEqual(['review', SreReviewPage]);

    const [translationsFor] = call('registerTranslations') as [(locale: string) => Record<string, string>];
    expect(translationsFor('en')['sidebar.oncall.title']).toBe('On call');
    expect(translationsFor('de')).toEqual({});
});

it('toggles the sidebar from the App Bar icon and the channel header button', () => {
    const {call, dispatched} = initialized();
    const [iconUrl, appBarAction, appBarTooltip] = call('registerAppBarComponent') as [string, () => void, string];
    expect(iconUrl).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
    expect(appBarTooltip).toBe('SRE Toolkit');
    appBarAction();

    const [icon, headerAction, dropdownText, tooltip] = call('registerChannelHeaderButtonAction') as [ReactElement, () => void, string, string];
    expect([dropdownText, tooltip]).toEqual(['SRE Toolkit', 'Open SRE Toolkit']);
    expect(render(icon).container.firstElementChild).toHaveClass('icon', 'icon-alert-outline');
    headerAction();

    expect(dispatched).toEqual([TOGGLE, TOGGLE]);
});

type MenuItem = [string, (postId: string) => void, (postId: string) => boolean];

function receivePost(host: ReturnType<typeof createHostStore>, post: {id: string; channel_id: string; message: string}) {
    host.dispatch({type: 'RECEIVED_POST', data: {...post, user_id: 'u2', create_at: 1, update_at: 1, delete_at: 0, props: {}, type: ''}});
}

it('opens the Declare modal from a post with its message, a title and the post id; from the header button empty', () => {
    const {all, host} = initialized();
    receivePost(host, {id: 'p1', channel_id: 'cloud-support', message: 'Checkout fails for everyone. Started 09:12.'});
    const [declareItem] = all('registerPostDropdownMenuAction') as MenuItem[];
    expect(declareItem?.[2]('p1')).toBe(true);
    declareItem?.[1]('p1');
    expect(getDeclarePrefill(host.getState())).toEqual({
        title: 'Checkout fails for everyone', summary: 'Checkout fails for everyone. Started 09:12.', sourcePostId: 'p1'});

    const [, declareButton] = all('registerChannelHeaderButtonAction') as [ReactElement, () => void, string, string][];
    expect(declareButton?.slice(2)).toEqual(['Declare incident', 'Declare incident']);
    declareButton?.[1]();
    expect(getDeclarePrefill(host.getState())).toEqual({title: '', summary: ''});
});

it('opens the New request modal from any post, filled from its message', () => {
    const {all, host} = initialized();
    receivePost(host, {id: 'p3', channel_id: 'cloud-support', message: 'Can we get a staging DB? Ours is full.'});
    const [, , requestItem] = all('registerPostDropdownMenuAction') as MenuItem[];
    expect(requestItem?.[2]('p3')).toBe(true);
    requestItem?.[1]('p3');
    expect(getNewRequestPrefill(host.getState())).toEqual({
        title: 'Can we get a staging DB', description: 'Can we get a staging DB? Ours is full.', sourcePostId: 'p3'});
});

it('offers Add to timeline only for posts in a known incident channel', () => {
    const {all, host} = initialized();
    receivePost(host, {id: 'p2', channel_id: 'chan-inc', message: 'Rolled back'});
    const [, timelineItem] = all('registerPostDropdownMenuAction') as MenuItem[];
    expect(timelineItem?.[2]('p2')).toBe(false);
    host.dispatch(channelIncidentLoaded('chan-inc', withTimeline()));
    expect(timelineItem?.[2]('p2')).toBe(true);
    expect(timelineItem?.[2]('unknown-post')).toBe(false);
});

it('removes every component it added on uninitialize, once', () => {
    const {plugin, calls} = initialized();
    plugin.uninitialize();
    plugin.uninitialize();
    expect(calls.filter(([name]) => name === 'unregisterComponent').map(([, id]) => id)).toEqual(
        ['id1', 'id2', 'id3', 'id4', 'id5', 'id6', 'id7', 'id8', 'id9', 'id10', 'id11', 'id12']);
});

it('the bundle entry registers the plugin under its id', async () => {
    const registerPlugin = jest.fn();
    window.registerPlugin = registerPlugin;
    await import('./index');
    expect(registerPlugin).toHaveBeenCalledTimes(1);
    expect(registerPlugin).toHaveBeenCalledWith('com.mattermost.sre-toolkit', expect.any(SreToolkitPlugin));
    expect([manifest.id, manifest.name]).toEqual(['com.mattermost.sre-toolkit', 'SRE Toolkit']);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
});
