import type {Theme} from 'mattermost-redux/selectors/entities/preferences';
import {blendColors} from 'mattermost-redux/utils/theme_utils';

type ThemeKey = Exclude<keyof Theme, 'type' | 'codeTheme'>;

// The variables Mattermost's applyTheme() sets (REGISTRY.md §5); names that do not follow the theme key
// (error-text, sidebar-team-background) are spelled out.
const COLOURS: Array<[string, ThemeKey]> = [
    ['away-indicator', 'awayIndicator'], ['button-bg', 'buttonBg'], ['button-color', 'buttonColor'],
    ['center-channel-bg', 'centerChannelBg'], ['center-channel-color', 'centerChannelColor'],
    ['dnd-indicator', 'dndIndicator'], ['error-text', 'errorTextColor'], ['link-color', 'linkColor'],
    ['mention-bg', 'mentionBg'], ['mention-color', 'mentionColor'], ['mention-highlight-bg', 'mentionHighlightBg'],
    ['mention-highlight-link', 'mentionHighlightLink'], ['new-message-separator', 'newMessageSeparator'],
    ['online-indicator', 'onlineIndicator'], ['sidebar-bg', 'sidebarBg'], ['sidebar-header-bg', 'sidebarHeaderBg'],
    ['sidebar-header-text-color', 'sidebarHeaderTextColor'], ['sidebar-text', 'sidebarText'],
    ['sidebar-text-active-border', 'sidebarTextActiveBorder'], ['sidebar-text-active-color', 'sidebarTextActiveColor'],
    ['sidebar-text-hover-bg', 'sidebarTextHoverBg'], ['sidebar-unread-text', 'sidebarUnreadText'],
    ['sidebar-team-background', 'sidebarTeamBarBg'],
];

const RGB: Array<[string, ThemeKey]> = [
    ['away-indicator', 'awayIndicator'], ['button-bg', 'buttonBg'], ['button-color', 'buttonColor'],
    ['center-channel-bg', 'centerChannelBg'], ['center-channel-color', 'centerChannelColor'],
    ['dnd-indicator', 'dndIndicator'], ['error-text-color', 'errorTextColor'], ['link-color', 'linkColor'],
    ['mention-bg', 'mentionBg'], ['mention-color', 'mentionColor'], ['mention-highlight-bg', 'mentionHighlightBg'],
    ['mention-highlight-link', 'mentionHighlightLink'], ['new-message-separator', 'newMessageSeparator'],
    ['online-indicator', 'onlineIndicator'], ['sidebar-bg', 'sidebarBg'], ['sidebar-header-bg', 'sidebarHeaderBg'],
    ['sidebar-header-text-color', 'sidebarHeaderTextColor'], ['sidebar-text', 'sidebarText'],
    ['sidebar-text-active-border', 'sidebarTextActiveBorder'],
];

// "#1e325c" → "30, 50, 92", as Mattermost's toRgbValues.
export function toRgbValues(hex: string): string {
    const h = hex.replace('#', '');
    const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
    return [0, 2, 4].map((i) => String(parseInt(full.slice(i, i + 2), 16))).join(', ');
}

// "rgba(1,2,3,1)" → "1,2,3", as Mattermost's dropAlpha.
const dropAlpha = (rgba: string) => rgba.slice(rgba.indexOf('(') + 1).split(',', 3).join(',');

export function themeCssVariables(theme: Theme): Record<string, string> {
    const vars: Record<string, string> = {};
    // getTheme() fills every key through setThemeDefaults; an absent one is simply not set.
    for (const [name, key] of COLOURS) {
        const value = theme[key];
        if (value) {
            vars[`--${name}`] = value;
        }
    }
    for (const [name, key] of RGB) {
        const value = theme[key];
        if (value) {
            vars[`--${name}-rgb`] = toRgbValues(value);
        }
    }
    vars['--mention-highlight-bg-mixed-rgb'] = dropAlpha(blendColors(theme.centerChannelBg, theme.mentionHighlightBg, 0.5));
    vars['--pinned-highlight-bg-mixed-rgb'] = dropAlpha(blendColors(theme.centerChannelBg, theme.mentionHighlightBg, 0.24));
    vars['--own-highlight-bg-rgb'] = dropAlpha(blendColors(theme.mentionHighlightBg, theme.centerChannelColor, 0.05));
    return vars;
}

export function applyTheme(theme: Theme, root: HTMLElement): void {
    for (const [name, value] of Object.entries(themeCssVariables(theme))) {
        root.style.setProperty(name, value);
    }
}
