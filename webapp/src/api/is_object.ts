/** The first step of every shape check: a reply is only ever read after this. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
