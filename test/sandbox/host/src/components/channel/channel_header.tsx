import type {Channel, ChannelMembership} from '@mattermost/types/channels';
import {getMyCurrentChannelMembership} from 'mattermost-redux/selectors/entities/channels';
import type {ReactNode} from 'react';

import {useHostSelector} from '../../store/hooks';
import {NO_COMPONENTS} from '../../store/plugins_slice';
import type {PluginComponent} from '../../store/plugins_slice';
import {MenuButton} from '../menu_button';
import {channelIconClass} from './channel_icon';

type HeaderAction = (channel: Channel, member: ChannelMembership | undefined) => void;

const textOf = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback);

function PluginHeaderButtons({channel}: {channel: Channel}) {
    const buttons = useHostSelector((s) => s.plugins.components.ChannelHeaderButton ?? NO_COMPONENTS);
    const member = useHostSelector(getMyCurrentChannelMembership);
    const run = (b: PluginComponent) => (b.action as HeaderAction | undefined)?.(channel, member);
    const [only] = buttons;
    if (!only) {
        return null;
    }
    if (buttons.length === 1) {
        const label = textOf(only.tooltipText, textOf(only.dropdownText, only.pluginId));
        return (
            <button type='button' className='icon-button header__plugin' aria-label={label} title={label} onClick={() => run(only)}>
                {only.icon as ReactNode}
            </button>
        );
    }
    // Several plugin buttons collapse into one dropdown, as in Mattermost's channel header.
    const items = buttons.map((b) => ({
        key: b.id,
        label: <>{b.icon as ReactNode}<span>{(b.dropdownText as ReactNode) ?? textOf(b.tooltipText, b.pluginId)}</span></>,
        onSelect: () => run(b),
    }));
    return (
        <MenuButton label='Channel plugins' items={items} className='icon-button header__plugin'
            icon={<><i className='icon icon-apps' aria-hidden='true'/><span className='header__count'>{buttons.length}</span></>}/>
    );
}

export function ChannelHeader({channel}: {channel: Channel}) {
    return (
        <header className='header'>
            <div className='header__title'>
                <h1>
                    <i className={channelIconClass(channel)} aria-hidden='true'/>
                    {channel.display_name}
                </h1>
                {(channel.purpose || channel.header) && <p className='header__purpose'>{channel.purpose || channel.header}</p>}
            </div>
            <div className='header__actions'><PluginHeaderButtons channel={channel}/></div>
        </header>
    );
}
