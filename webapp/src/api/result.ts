export type Result<T, E> = {ok: true; value: T} | {ok: false; error: E};

export type ApiErrorKind = 'unreachable' | 'unauthorized' | 'server';
export type ApiError = {kind: ApiErrorKind; message: string};

export const ok = <T>(value: T): {ok: true; value: T} => ({ok: true, value});
export const err = <E>(error: E): {ok: false; error: E} => ({ok: false, error});
