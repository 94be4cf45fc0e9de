import {createDrillsClient, type DrillsClient} from '../../api/drills_client';
import type {ClientOptions} from '../../api/http';
import {createRitualsClient, type RitualsClient} from '../../api/rituals_client';
import {useClientOf} from '../common/use_companion_client';

const createRitualsAndDrills = (options: ClientOptions): RitualsClient & DrillsClient => ({...createRitualsClient(options), ...createDrillsClient(options)});

/** The companion's rituals and drills, for the current settings. */
export const useRitualsClient = (): RitualsClient & DrillsClient => useClientOf(createRitualsAndDrills);
