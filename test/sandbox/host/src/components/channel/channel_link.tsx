import type {Channel} from '@mattermost/types/channels';
import type {MouseEvent} from 'react';

import {navigate} from '../../navigation';
import {channelIconClass} from './channel_icon';

export function ChannelLink({channel, href, isCurrent}: {channel: Channel; href: string; isCurrent: boolean}) {
    const onClick = (e: MouseEvent) => {
        e.preventDefault();
        navigate(href);
    };
    return (
        <li>
            <a href={href} onClick={onClick} aria-current={isCurrent ? 'page' : undefined}
                className={`lhs__channel${isCurrent ? ' lhs__channel--active' : ''}`}>
                <i className={channelIconClass(channel)} aria-hidden='true'/>
                {channel.display_name}
            </a>
        </li>
    );
}
