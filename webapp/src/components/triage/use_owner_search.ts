import type {GlobalState} from '@mattermost/types/store';
import {useEffect, useMemo, useState} from 'react';
import {useSelector} from 'react-redux';

import {searchTeamMembers, type TeamMember} from '../../api/triage_client';
import {useSreEnv} from '../common/sre_env';
import {useTeamPeople, type PersonOption} from '../common/use_team_people';

const MAX_SHOWN = 8;

/** "@Bo" → "bo": what people type before a username. */
export const ownerPrefix = (typed: string): string => typed.trim().replace(/^@/, '').toLowerCase();

export const matchPeople = (people: readonly PersonOption[], prefix: string): PersonOption[] =>
    people.filter((p) => p.username.toLowerCase().startsWith(prefix)).slice(0, MAX_SHOWN);

/**
 * Team members whose username starts with what was typed. The people the host has loaded answer at once; Mattermost's
 * user autocomplete then answers for the whole team. If Mattermost cannot be asked, the loaded people still do.
 */
export function useOwnerSearch(typed: string): TeamMember[] {
    const prefix = ownerPrefix(typed);
    const {people} = useTeamPeople();
    const {companion} = useSreEnv();
    const teamId = useSelector((s: GlobalState) => s.entities.teams.currentTeamId);
    const configured = useSelector((s: GlobalState) => s.entities.general.config.SiteURL);
    const siteUrl = (configured || companion.origin()).replace(/\/+$/, '');
    // Kept with the prefix it answers, so a slow answer for "b" never shows under "bo".
    const [found, setFound] = useState<{prefix: string; members: TeamMember[]} | null>(null);
    useEffect(() => {
        if (prefix === '' || teamId === '') {
            return undefined;
        }
        let isCurrent = true;
        const options = {baseUrl: siteUrl, fetchFn: companion.fetchFn, cookies: companion.cookies};
        void searchTeamMembers(options, teamId, prefix).then((r) => {
            if (isCurrent && r.ok) {
                setFound({prefix, members: r.value.slice(0, MAX_SHOWN)});
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [prefix, teamId, siteUrl, companion]);
    const local = useMemo(() => matchPeople(people, prefix), [people, prefix]);
    return found && found.prefix === prefix ? found.members : local;
}
