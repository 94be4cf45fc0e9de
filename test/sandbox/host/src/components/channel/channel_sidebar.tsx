import type {Channel} from '@mattermost/types/channels';
import {Client4} from 'mattermost-redux/client';
import {getMyChannels} from 'mattermost-redux/selectors/entities/channels';
import {getCurrentTeam} from 'mattermost-redux/selectors/entities/teams';
import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';

import {channelPath} from '../../route';
import {useHostSelector} from '../../store/hooks';
import {ThemeSwitch} from '../theme_switch';
import {ChannelLink} from './channel_link';

const logout = () => {
    // Mattermost reloads to the login page after logout; so does the sandbox.
    Client4.logout().finally(() => window.location.assign('/login')).catch(() => undefined);
};

const byName = (a: Channel, b: Channel) => a.display_name.localeCompare(b.display_name);

export function ChannelSidebar() {
    const team = useHostSelector(getCurrentTeam);
    const me = useHostSelector(getCurrentUser);
    const currentChannelId = useHostSelector((s) => s.entities.channels.currentChannelId);
    const profiles = useHostSelector((s) => s.entities.users.profiles);
    const mine = useHostSelector(getMyChannels);
    const channels = mine.filter((c) => c.team_id === team?.id).sort(byName);
    // getMyChannels names a direct channel after the other person (Mattermost's teammate name display); one whose
    // profile is still loading has no name yet and joins the list when it arrives.
    const directs = mine.filter((c) => c.type === 'D' && c.display_name !== '').sort(byName);
    const link = (c: Channel, teamName: string) => (
        <ChannelLink key={c.id} channel={c} isCurrent={c.id === currentChannelId}
            href={channelPath(teamName, c, profiles[c.teammate_id ?? '']?.username)}/>
    );
    return (
        <nav className='lhs' aria-label='Channels'>
            <header className='lhs__header'>
                <h2 className='lhs__team'>{team?.display_name ?? ''}</h2>
                <span className='lhs__user'>{`@${me.username}`}</span>
            </header>
            {/* One scrolling area for both sections (the outer list class gives it the room and the scroll bar), as
                Mattermost's sidebar scrolls its categories together. */}
            <div className='lhs__list'>
                <h3 className='lhs__section'>{'CHANNELS'}</h3>
                <ul className='lhs__list'>{team && channels.map((c) => link(c, team.name))}</ul>
                <h3 className='lhs__section'>{'DIRECT MESSAGES'}</h3>
                <ul className='lhs__list'>{team && directs.map((c) => link(c, team.name))}</ul>
            </div>
            <footer className='lhs__footer'>
                <ThemeSwitch/>
                <button type='button' className='btn btn--sidebar' onClick={logout}>{'Log out'}</button>
            </footer>
        </nav>
    );
}
