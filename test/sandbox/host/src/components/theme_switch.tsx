import {Preferences} from 'mattermost-redux/constants';
import {Client4} from 'mattermost-redux/client';
import {getTheme} from 'mattermost-redux/selectors/entities/preferences';
import type {ChangeEvent} from 'react';

import {useHostDispatch, useHostSelector} from '../store/hooks';

const THEMES = {denim: Preferences.THEMES.denim, onyx: Preferences.THEMES.onyx};

// Saves the theme as Mattermost does: a JSON preference in category 'theme', name '' (all teams).
export function ThemeSwitch() {
    const dispatch = useHostDispatch();
    const theme = useHostSelector(getTheme);
    const userId = useHostSelector((s) => s.entities.users.currentUserId);
    const onChange = (e: ChangeEvent<HTMLSelectElement>) => {
        const chosen = e.target.value === 'onyx' ? THEMES.onyx : THEMES.denim;
        const preference = {user_id: userId, category: 'theme', name: '', value: JSON.stringify(chosen)};
        dispatch({type: 'RECEIVED_PREFERENCES', data: [preference]});
        Client4.savePreferences(userId, [preference]).catch((err: unknown) => console.error('[sandbox host] theme not saved', err));
    };
    return (
        <label className='theme-switch'>
            <span>{'Theme'}</span>
            <select value={theme.type === 'Onyx' ? 'onyx' : 'denim'} onChange={onChange}>
                <option value='denim'>{'Denim'}</option>
                <option value='onyx'>{'Onyx'}</option>
            </select>
        </label>
    );
}
