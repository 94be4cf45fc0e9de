import {render} from '@testing-library/react';
import {DateTime} from 'luxon';
import type {ReactElement} from 'react';
import {IntlProvider} from 'react-intl';
import {Provider} from 'react-redux';

import type {FetchFn} from '../api/client';
import type {CompanionEnv} from '../api/environment';
import type {OpenEventSource, Schedule} from '../api/summary_stream';
import {SreEnvContext, type SreEnv} from '../components/common/sre_env';
import en from '../i18n/en.json';

import type {HostTestStore} from './host_store';
import {NOW_ISO} from './summaries';

type EnvOverrides = {fetchFn?: FetchFn; openEventSource?: OpenEventSource; schedule?: Schedule; newId?: () => string};

const never = (): Promise<never> => new Promise(() => undefined);

export function testEnv(overrides: EnvOverrides = {}): SreEnv {
    const companion: CompanionEnv = {
        fetchFn: overrides.fetchFn ?? never,
        cookies: () => 'MMCSRF=csrf-token',
        origin: () => 'http://mm.test',
    };
    return {
        companion,
        openEventSource: overrides.openEventSource ?? (() => ({readyState: 0, addEventListener: () => undefined, close: () => undefined})),
        schedule: overrides.schedule ?? (() => () => undefined),
        now: () => DateTime.fromISO(NOW_ISO),
        newId: overrides.newId ?? (() => 'key-00000001'),
    };
}

/** Renders like the host does: its store, an IntlProvider with our translations, plus test doubles for the browser. */
export function renderInHost(ui: ReactElement, store: HostTestStore, env: SreEnv = testEnv()) {
    return render(
        <Provider store={store}>
            <IntlProvider locale='en' messages={en}>
                <SreEnvContext.Provider value={env}>{ui}</SreEnvContext.Provider>
            </IntlProvider>
        </Provider>,
    );
}
