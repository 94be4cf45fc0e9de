import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';
import type {UnknownAction} from 'redux';
import {describe, expect, it, vi} from 'vitest';

import {createHostStore} from '../store/host_store';
import {PluginRegistry} from './plugin_registry';

const PLUGIN = 'com.example.demo';

function setUp() {
    const host = createHostStore();
    const registry = new PluginRegistry(PLUGIN, host);
    return {host, registry, state: () => host.store.getState()};
}

const Widget = () => null;

describe('PluginRegistry', () => {
    it('keeps the real mattermost-redux entities next to the plugin slices', () => {
        const {host, state} = setUp();
        host.store.dispatch({type: 'RECEIVED_ME', data: {id: 'u1', username: 'alice'}});
        expect(getCurrentUser(state())).toMatchObject({username: 'alice'});
        expect(Object.keys(state().entities)).toEqual(expect.arrayContaining(['users', 'teams', 'channels', 'posts', 'preferences', 'general']));
    });

    it.each([
        ['positional', (r: PluginRegistry) => r.registerChannelHeaderButtonAction('icon', vi.fn(), 'Drop', 'Tip')],
        ['one object', (r: PluginRegistry) => r.registerChannelHeaderButtonAction({icon: 'icon', action: vi.fn(), dropdownText: 'Drop', tooltipText: 'Tip'})],
    ])('takes %s arguments with the same meaning', (_form, call) => {
        const {registry, state} = setUp();
        const id = call(registry);
        expect(state().plugins.components.ChannelHeaderButton).toEqual([
            expect.objectContaining({id, pluginId: PLUGIN, icon: 'icon', dropdownText: 'Drop', tooltipText: 'Tip'}),
        ]);
    });

    it('treats a memo/forwardRef-like component object as positional, not as named arguments', () => {
        const {registry, state} = setUp();
        const memoLike = {$$typeof: Symbol.for('react.memo'), type: Widget};
        registry.registerRootComponent(memoLike);
        expect(state().plugins.components.Root?.[0]?.component).toBe(memoLike);
    });

    it('hands out distinct ids and unregisters by id', () => {
        const {registry, state} = setUp();
        const a = registry.registerRootComponent(Widget);
        const b = registry.registerPostDropdownMenuAction('Copy', vi.fn(), () => true);
        expect(a).not.toBe(b);
        registry.unregisterComponent(a);
        expect(state().plugins.components.Root).toEqual([]);
        expect(state().plugins.components.PostDropdownMenu).toHaveLength(1);
    });

    it('returns RHS actions that open, toggle and hide that sidebar', () => {
        const {host, registry, state} = setUp();
        const rhs = registry.registerRightHandSidebarComponent(Widget, 'SRE Toolkit');
        host.store.dispatch(rhs.showRHSPlugin);
        expect(state().views.rhs).toEqual({isOpen: true, pluginId: rhs.id});
        host.store.dispatch(rhs.toggleRHSPlugin);
        expect(state().views.rhs.isOpen).toBe(false);
        host.store.dispatch(rhs.toggleRHSPlugin);
        host.store.dispatch(rhs.hideRHSPlugin);
        expect(state().views.rhs.isOpen).toBe(false);
    });

    it('registers an App Bar icon that owns an RHS when given one', () => {
        const {registry, state} = setUp();
        const result = registry.registerAppBarComponent({iconUrl: '/i.svg', tooltipText: 'SRE', rhsComponent: Widget, rhsTitle: 'SRE Toolkit'});
        expect(typeof result === 'object' && typeof result.rhsComponent.id).toBe('string');
        const [icon] = state().plugins.components.AppBar ?? [];
        expect(icon).toMatchObject({tooltipText: 'SRE', supportedProductIds: null});
        expect(state().plugins.components.RightHandSidebarComponent?.[0]).toMatchObject({title: 'SRE Toolkit'});
    });

    it("mounts a plugin reducer at state['plugins-<id>'] and routes actions to it", () => {
        const {host, registry, state} = setUp();
        const reducer = (s: number | undefined, a: UnknownAction) => (a.type === 'demo/add' ? (s ?? 0) + 1 : s ?? 0);
        registry.registerReducer(reducer);
        host.store.dispatch({type: 'demo/add'});
        expect((state() as unknown as Record<string, unknown>)[`plugins-${PLUGIN}`]).toBe(1);
    });

    it('keeps the translation source per plugin, to be asked per locale', () => {
        const {registry, state} = setUp();
        registry.registerTranslations((locale: string) => (locale === 'de' ? {hello: 'Hallo'} : {hello: 'Hello'}));
        expect(state().plugins.translations[PLUGIN]?.('de')).toEqual({hello: 'Hallo'});
    });

    it('answers an unsupported registration with an id and warns only once', () => {
        const {registry} = setUp();
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const loose = registry as unknown as Record<string, (...a: unknown[]) => unknown>;
        expect(typeof loose.registerMainMenuAction?.('x')).toBe('string');
        loose.registerMainMenuAction?.('y');
        expect(warn).toHaveBeenCalledTimes(1);
        warn.mockRestore();
    });
});
