import {getTheme} from 'mattermost-redux/selectors/entities/preferences';
import {useEffect} from 'react';

import {useHostSelector} from '../store/hooks';
import {applyTheme} from '../theme/theme_variables';

export function ThemeApplier() {
    const theme = useHostSelector(getTheme);
    useEffect(() => applyTheme(theme, document.documentElement), [theme]);
    return null;
}
