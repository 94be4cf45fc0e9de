// How every write answers a 400: the fields and their problems under a code, and one message naming them all.
export const fieldsProblem = <C extends string>(code: C, fields: Record<string, string>): {code: C; message: string; fields: Record<string, string>} =>
    ({code, message: Object.entries(fields).map(([field, problem]) => `${field}: ${problem}`).join('; '), fields});

// A text over its limit, said as the fields say it; null when it fits.
export const lengthProblem = (text: string, max: number): string | null => (text.length > max ? `${text.length} characters: keep it to ${max}` : null);
