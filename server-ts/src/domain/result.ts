// Errors at boundaries are values: callers must look at `ok` before they can reach the value.
export type Result<T, E> = {ok: true; value: T} | {ok: false; error: E};

export const ok = <T>(value: T): {ok: true; value: T} => ({ok: true, value});
export const err = <E>(error: E): {ok: false; error: E} => ({ok: false, error});
