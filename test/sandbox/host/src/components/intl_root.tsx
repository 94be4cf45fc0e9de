import {getCurrentUser} from 'mattermost-redux/selectors/entities/users';
import {useMemo} from 'react';
import type {ReactNode} from 'react';
import {IntlProvider} from 'react-intl';

import {useHostSelector} from '../store/hooks';

// Plugin strings from registerTranslations, merged for the user's locale as Mattermost does.
export function IntlRoot({children}: {children: ReactNode}) {
    const locale = useHostSelector((s) => (s.entities.users.currentUserId ? getCurrentUser(s).locale : '') || 'en');
    const sources = useHostSelector((s) => s.plugins.translations);
    const messages = useMemo(() => Object.assign({}, ...Object.values(sources).map((get) => get(locale) ?? {})) as Record<string, string>,
        [sources, locale]);
    return <IntlProvider locale={locale} defaultLocale='en' messages={messages}>{children}</IntlProvider>;
}
