import {useDispatch, useSelector} from 'react-redux';
import type {UnknownAction} from 'redux';
import type {ThunkDispatch} from 'redux-thunk';

import type {HostState} from './host_store';

export type HostDispatch = ThunkDispatch<HostState, unknown, UnknownAction>;
export type HostThunk<R = void> = (dispatch: HostDispatch, getState: () => HostState) => Promise<R>;

export const useHostSelector = useSelector.withTypes<HostState>();
export const useHostDispatch = useDispatch.withTypes<HostDispatch>();
