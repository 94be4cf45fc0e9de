import type {StartGamedayBody} from '../../../../server-ts/src/contract/gamedays';
import {useIncidentCreation} from '../declare/use_declare_submit';

import {useRitualsClient} from './use_rituals_client';

export type GamedayDraft = Omit<StartGamedayBody, 'teamId' | 'idempotencyKey'>;

/**
 * Starts a gameday drill in the current team with this form's one idempotency key (a retry gives one drill); like a
 * declaration, it lands the starter in the drill's channel, then calls onStarted.
 */
export function useStartGameday(idempotencyKey: string, onStarted: () => void) {
    const client = useRitualsClient();
    const {submit, isBusy, error} = useIncidentCreation<GamedayDraft>((body) => client.startGameday(body), idempotencyKey, onStarted);
    return {start: submit, isBusy, error};
}
