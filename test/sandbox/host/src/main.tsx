import {Client4} from 'mattermost-redux/client';
import {createRoot} from 'react-dom/client';
import {Provider} from 'react-redux';

import {HostApp} from './components/host_app';
import {IntlRoot} from './components/intl_root';
import {ThemeApplier} from './components/theme_applier';
import {installGlobals} from './globals';
import {createHostStore} from './store/host_store';

// The sandbox serves this page from its own origin, which is therefore the SiteURL.
const siteUrl = window.location.origin;
Client4.setUrl(siteUrl);

const host = createHostStore();
installGlobals(host.store);

const container = document.getElementById('root');
if (container) {
    createRoot(container).render(
        <Provider store={host.store}>
            <IntlRoot>
                <ThemeApplier/>
                <HostApp host={host} siteUrl={siteUrl}/>
            </IntlRoot>
        </Provider>,
    );
}
