import type {GlobalState} from '@mattermost/types/store';
import type {UserProfile} from '@mattermost/types/users';
import {useMemo} from 'react';
import {useSelector} from 'react-redux';

export type PersonOption = {id: string; username: string};

const EMPTY_IDS: ReadonlySet<string> = new Set();

function teamPeople(profiles: Record<string, UserProfile>, inTeam: ReadonlySet<string>, me: string): PersonOption[] {
    // The host may have loaded profiles without the team index; then every loaded person is offered.
    const ids = inTeam.size > 0 ? [...inTeam] : Object.keys(profiles);
    const people = ids.map((id) => profiles[id])
        .filter((p): p is UserProfile => p !== undefined && !p.is_bot && p.delete_at === 0)
        .map((p) => ({id: p.id, username: p.username}));
    const mine = profiles[me];
    if (mine && !people.some((p) => p.id === me)) {
        people.push({id: mine.id, username: mine.username});
    }
    return people.sort((a, b) => a.username.localeCompare(b.username));
}

/** People of the current team the host has loaded (always including me), by username. */
export function useTeamPeople(): {me: string; people: PersonOption[]} {
    const me = useSelector((s: GlobalState) => s.entities.users.currentUserId);
    const profiles = useSelector((s: GlobalState) => s.entities.users.profiles);
    const inTeam = useSelector((s: GlobalState) => s.entities.users.profilesInTeam[s.entities.teams.currentTeamId] ?? EMPTY_IDS);
    const people = useMemo(() => teamPeople(profiles, inTeam, me), [profiles, inTeam, me]);
    return {me, people};
}
