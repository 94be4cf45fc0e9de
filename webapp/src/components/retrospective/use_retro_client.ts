import {createRetroClient, type RetroClient} from '../../api/retro_client';
import {useClientOf} from '../common/use_companion_client';

/** The retrospective client for the current settings. */
export const useRetroClient = (): RetroClient => useClientOf(createRetroClient);
