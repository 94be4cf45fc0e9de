import {useEffect, useState} from 'react';

import {loadClientConfig, loadMe} from '../api/load_session';
import {navigate} from '../navigation';
import type {HostStoreHandle} from '../store/host_store';
import {useHostDispatch} from '../store/hooks';
import {LoginPage} from './login_page';
import {SessionRoot} from './session_root';

type Phase = 'loading' | 'login' | 'ready' | {error: string};

export function HostApp({host, siteUrl}: {host: HostStoreHandle; siteUrl: string}) {
    const dispatch = useHostDispatch();
    const [phase, setPhase] = useState<Phase>('loading');

    useEffect(() => {
        const start = async () => {
            await dispatch(loadClientConfig());
            if (await dispatch(loadMe())) {
                setPhase('ready');
            } else {
                navigate('/login', true);
                setPhase('login');
            }
        };
        start().catch((e: unknown) => setPhase({error: e instanceof Error ? e.message : String(e)}));
    }, [dispatch]);

    if (phase === 'loading') {
        return <p className='splash' role='status'>{'Loading…'}</p>;
    }
    if (phase === 'login') {
        // A fresh page after login, as Mattermost's full sign-in: every loader runs with the new session.
        return <LoginPage onLoggedIn={() => window.location.assign('/')}/>;
    }
    if (phase === 'ready') {
        return <SessionRoot host={host} siteUrl={siteUrl}/>;
    }
    return <p className='splash error-text' role='alert'>{`The sandbox did not answer: ${phase.error}`}</p>;
}
