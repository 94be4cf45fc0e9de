import {render} from '@testing-library/react';
import type {ReactElement} from 'react';
import type {UnknownAction} from 'redux';

import {LiveUpdates} from './components/live_updates';
import {SreSidebar} from './components/sidebar/sre_sidebar';
import {manifest} from './manifest';
import {SreToolkitPlugin} from './plugin';
import type {PluginRegistry} from './plugin_registry';
import {summaryReducer} from './store/summary_slice';

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
        unregisterComponent: record('unregisterComponent', () => undefined),
    };
    return {registry, calls};
}

function initialized() {
    const {registry, calls} = recordingRegistry();
    const dispatched: UnknownAction[] = [];
    const plugin = new SreToolkitPlugin();
    plugin.initialize(registry, {dispatch: (a) => dispatched.push(a)});
    const call = (name: string) => {
        const found = calls.find(([n]) => n === name);
        if (!found) {
            throw new Error(`${name} was not called`);
        }
        return found.slice(1);
    };
    return {plugin, calls, dispatched, call};
}

it('registers the reducer, translations, live updates, sidebar, App Bar icon and header button', () => {
    const {calls, call} = initialized();
    expect(calls.map(([name]) => name)).toEqual([
        'registerReducer', 'registerTranslations', 'registerRootComponent',
        'registerRightHandSidebarComponent', 'registerAppBarComponent', 'registerChannelHeaderButtonAction',
    ]);
    expect(call('registerReducer')).toEqual([summaryReducer]);
    expect(call('registerRootComponent')).toEqual([LiveUpdates]);
    expect(call('registerRightHandSidebarComponent')).toEqual([SreSidebar, 'SRE Toolkit']);

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

it('removes every component it added on uninitialize, once', () => {
    const {plugin, calls} = initialized();
    plugin.uninitialize();
    plugin.uninitialize();
    expect(calls.filter(([name]) => name === 'unregisterComponent')).toEqual([
        ['unregisterComponent', 'id1'], ['unregisterComponent', 'id2'], ['unregisterComponent', 'id3'], ['unregisterComponent', 'id4'],
    ]);
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
