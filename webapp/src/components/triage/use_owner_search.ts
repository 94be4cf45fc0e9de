import type {GlobalState} from '@mattermost/types/store';
import {useEffect, useMemo, useState} from 'react';
import {useSelector} from 'react-redux';

import {searchTeamMembers, type TeamMember} from '../../api/triage_client';
import {useTeamPeople, type PersonOption} from '../common/use_team_people';

import {useMattermostOptions} from './use_mattermost_options';

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
    const mattermost = useMattermostOptions();
    const teamId = useSelector((s: GlobalState) => s.entities.teams.currentTeamId);
    // Kept with the prefix it answers, so a slow answer for "b" never shows under "bo".
    const [found, setFound] = useState<{prefix: string; members: TeamMember[]} | null>(null);
    useEffect(() => {
        if (prefix === '' || teamId === '') {
            return undefined;
        }
        let isCurrent = true;
        void searchTeamMembers(mattermost, teamId, prefix).then((r) => {
            if (isCurrent && r.ok) {
                setFound({prefix, members: r.value.slice(0, MAX_SHOWN)});
            }
        });
        return () => {
            isCurrent = false;
        };
    }, [prefix, teamId, mattermost]);
    const local = useMemo(() => matchPeople(people, prefix), [people, prefix]);
    return found && found.prefix === prefix ? found.members : local;
}
