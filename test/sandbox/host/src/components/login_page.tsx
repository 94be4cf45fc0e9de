import {Client4} from 'mattermost-redux/client';
import {useState} from 'react';
import type {FormEvent} from 'react';

// Mattermost's login form, reduced: the session arrives as cookies (MMAUTHTOKEN, MMUSERID, MMCSRF).
export function LoginPage({onLoggedIn}: {onLoggedIn: () => void}) {
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState('');
    const [busy, setBusy] = useState(false);

    const submit = (e: FormEvent) => {
        e.preventDefault();
        setBusy(true);
        setError('');
        Client4.login(username, password).then(onLoggedIn, (err: unknown) => {
            setBusy(false);
            setError(err instanceof Error ? err.message : 'Login failed');
        });
    };

    return (
        <main className='login'>
            <form className='login__card' aria-labelledby='login-title' onSubmit={submit}>
                <h1 id='login-title'>{'Log in to the SRE sandbox'}</h1>
                <p className='login__hint'>
                    {'Seeded users: alice, bob, erin, carol, dave — password '}<code>{'sandbox'}</code>
                </p>
                <label>
                    {'Username'}
                    <input name='username' autoComplete='username' value={username} onChange={(e) => setUsername(e.target.value)}/>
                </label>
                <label>
                    {'Password'}
                    <input name='password' type='password' autoComplete='current-password' value={password} onChange={(e) => setPassword(e.target.value)}/>
                </label>
                {error && <p role='alert' className='error-text'>{error}</p>}
                <button type='submit' className='btn btn--primary' disabled={busy}>{'Log in'}</button>
            </form>
        </main>
    );
}
