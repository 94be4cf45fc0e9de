import type {GlobalState} from '@mattermost/types/store';
import {useEffect, useMemo, useState} from 'react';
import {useSelector} from 'react-redux';

import {profilesByUsername} from '../../api/oncall_client';
import type {ProfileHit} from '../../api/oncall_shapes';
import {useSreEnv} from '../common/sre_env';

const enc = encodeURIComponent;

/**
 * Avatar URLs by username (Mattermost's /api/v4/users/{id}/image). The summary names people by username, so ids
 * come from the profiles the host has loaded, and the rest from one Mattermost lookup; null until an id is known.
 */
export function useAvatars(usernames: readonly string[]): (username: string) => string | null {
    const {companion} = useSreEnv();
    const configured = useSelector((s: GlobalState) => s.entities.general.config.SiteURL);
    const siteUrl = (configured || companion.origin()).replace(/\/+$/, '');
    const profiles = useSelector((s: GlobalState) => s.entities.users.profiles);
    const [fetched, setFetched] = useState<Record<string, ProfileHit>>({});
    const known = useMemo(() => {
        const loaded = Object.values(profiles).map((p): [string, ProfileHit] => [p.username, p]);
        return {...fetched, ...Object.fromEntries(loaded)};
    }, [profiles, fetched]);
    // One string, so the lookup runs again only when someone new appears (a name Mattermost does not know stays missing).
    const missing = [...new Set(usernames.filter((u) => !(u in known)))].sort().join(',');
    useEffect(() => {
        if (missing === '') {
            return undefined;
        }
        let isCurrent = true;
        const options = {baseUrl: siteUrl, fetchFn: companion.fetchFn, cookies: companion.cookies};
        void profilesByUsername(options, missing.split(',')).then((r) => {
            if (isCurrent && r.ok) {
                setFetched((before) => ({...before, ...Object.fromEntries(r.value.map((p) => [p.username, p]))}));
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [missing, siteUrl, companion]);
    return (username) => {
        const p = known[username];
        return p ? `${siteUrl}/api/v4/users/${enc(p.id)}/image?_=${p.last_picture_update ?? 0}` : null;
    };
}
