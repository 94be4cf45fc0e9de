export type Result<T, E> = {ok: true; value: T} | {ok: false; error: E};

export type ApiErrorKind = 'unreachable' | 'unauthorized' | 'server' | 'invalid' | 'not_found';
// `fields` comes with 'invalid' (a 400 FieldProblem): each bad field and what is wrong with it.
export type ApiError = {kind: ApiErrorKind; message: string; fields?: Record<string, string>};

export const ok = <T>(value: T): {ok: true; value: T} => ({ok: true, value});
export const err = <E>(error: E): {ok: false; error: E} => ({ok: false, error});
