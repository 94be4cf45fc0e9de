import {getCurrentChannel} from 'mattermost-redux/selectors/entities/channels';

import {useHostSelector} from '../../store/hooks';
import {PostList} from '../posts/post_list';
import {ChannelHeader} from './channel_header';
import {MessageBox} from './message_box';

export function CenterChannel({siteUrl}: {siteUrl: string}) {
    const channel = useHostSelector(getCurrentChannel);
    if (!channel) {
        return <main className='center'><p role='status' className='center__empty'>{'Loading channel…'}</p></main>;
    }
    return (
        <main className='center' aria-label={channel.display_name}>
            <ChannelHeader channel={channel}/>
            <PostList channel={channel}/>
            <MessageBox channel={channel} siteUrl={siteUrl}/>
        </main>
    );
}
