// Ids come from URLs and bodies; PostgreSQL would reject a malformed uuid with an error instead of "no row".
export const isUuid = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
