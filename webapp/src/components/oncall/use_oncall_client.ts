import type {ClientOptions} from '../../api/http';
import {createOncallClient, type OncallClient} from '../../api/oncall_client';
import {createPagingClient, type PagingClient} from '../../api/paging_client';
import {useClientOf} from '../common/use_companion_client';

const createOncallAndPaging = (options: ClientOptions): OncallClient & PagingClient => ({...createOncallClient(options), ...createPagingClient(options)});

/** The companion's schedules and pages, for the current settings. */
export const useOncallClient = (): OncallClient & PagingClient => useClientOf(createOncallAndPaging);
