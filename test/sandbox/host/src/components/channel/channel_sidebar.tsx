import type {Channel} from '@mattermost/types/channels';
import {Client4} from 'mattermost-redux/client';
import {getMyChannels} from 'mattermost-redux/selectors/entities/channels';
import {getCurrentTeam} from 'mattermost-redux/selectors/entities/teams';
import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';
import type {MouseEvent} from 'react';

import {navigate} from '../../navigation';
import {useHostSelector} from '../../store/hooks';
import {ThemeSwitch} from '../theme_switch';

const logout = () => {
    // Mattermost reloads to the login page after logout; so does the sandbox.
    Client4.logout().finally(() => window.location.assign('/login')).catch(() => undefined);
};

function ChannelLink({channel, teamName, isCurrent}: {channel: Channel; teamName: string; isCurrent: boolean}) {
    const href = `/${teamName}/channels/${channel.name}`;
    const onClick = (e: MouseEvent) => {
        e.preventDefault();
        navigate(href);
    };
    return (
        <li>
            <a href={href} onClick={onClick} aria-current={isCurrent ? 'page' : undefined}
                className={`lhs__channel${isCurrent ? ' lhs__channel--active' : ''}`}>
                <i className={`icon ${channel.type === 'P' ? 'icon-lock-outline' : 'icon-globe'}`} aria-hidden='true'/>
                {channel.display_name}
            </a>
        </li>
    );
}

export function ChannelSidebar() {
    const team = useHostSelector(getCurrentTeam);
    const me = useHostSelector(getCurrentUser);
    const currentChannelId = useHostSelector((s) => s.entities.channels.currentChannelId);
    const channels = useHostSelector(getMyChannels).filter((c) => c.team_id === team?.id)
        .sort((a, b) => a.display_name.localeCompare(b.display_name));
    return (
        <nav className='lhs' aria-label='Channels'>
            <header className='lhs__header'>
                <h2 className='lhs__team'>{team?.display_name ?? ''}</h2>
                <span className='lhs__user'>{`@${me.username}`}</span>
            </header>
            <h3 className='lhs__section'>{'CHANNELS'}</h3>
            <ul className='lhs__list'>
                {team && channels.map((c) => <ChannelLink key={c.id} channel={c} teamName={team.name} isCurrent={c.id === currentChannelId}/>)}
            </ul>
            <footer className='lhs__footer'>
                <ThemeSwitch/>
                <button type='button' className='btn btn--sidebar' onClick={logout}>{'Log out'}</button>
            </footer>
        </nav>
    );
}
