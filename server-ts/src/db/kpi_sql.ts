import {sql, type SQL} from 'drizzle-orm';
import type {Database, SqlRows} from './database.js';

// What the KPI loaders (kpi_rows.ts, kpi_detail_rows.ts) share: lists come back as one JSON value with instants as
// epoch milliseconds, because decoding thousands of rows field by field (timestamps as text) costs PGlite more
// than the queries themselves.

export type Bounds = {from: string; to: string};
export type JsonRow = Record<string, unknown>;

// date_part is float8 where extract is numeric: a third of the incidents query's time went to numeric arithmetic.
// Rounded, so a float's last bit never turns .999 into the millisecond before.
export const ms = (instant: SQL) => sql`round(date_part('epoch', ${instant}) * 1000)`;
export const kinds = (list: readonly string[]) => sql.join(list.map((k) => sql`${k}`), sql`, `);
// The `columns` of every row of `rows` (a subquery) as one JSON array per column, in `order` when given (it must be a
// total order: each column sorts its own list, on PostgreSQL 15 at least). One aggregate pass feeds every list the
// rows in the same sequence, so they line up. A JSON array per row, built with json_build_array, cost PGlite twice as
// much (12 weeks of incidents: 8.6 instead of 4.3 ms), and rows decoded field by field more than the queries.
type JsonQuery = {columns: readonly string[]; query: SQL};
export const asJson = (columns: readonly string[], rows: SQL, order?: SQL): JsonQuery => ({columns, query: sql`
    select json_build_array(${sql.join(columns.map((c) => sql`json_agg(r.${sql.identifier(c)}${order === undefined ? sql`` : sql` order by ${order}`})`),
        sql`, `)}) as lists from (${rows}) r`});

// A row (follow-up, page, review) of a drill is the drill's: never counted. The row says so itself (of_drill, kept by
// the database): a hashed list of drills per query cost PGlite ~10 ms for a quarter's request states.
export const notOfADrill = (row: SQL) => sql`not ${row}.of_drill`;

// What kpiIncidentOf reads of an incident row: its milestones are the first instants of those timeline events, kept
// on the incident (`c`) by the database as the events come in (migration 0015).
export const INCIDENT_COLUMNS = ['severity', 'tier', 'declared', 'resolved', 'page_sent', 'page_acknowledged', 'monitoring', 'first_resolved'] as const;
export const MILESTONE_COLUMNS = sql`${ms(sql`c.first_page_sent_at`)} as page_sent, ${ms(sql`c.first_page_acknowledged_at`)} as page_acknowledged,
    ${ms(sql`c.first_monitoring_at`)} as monitoring, ${ms(sql`c.first_resolved_at`)} as first_resolved`;

export async function jsonRows(db: Database, {columns, query}: JsonQuery): Promise<JsonRow[]> {
    // Both drivers answer execute() with {rows} and decode json; the generic Database type cannot say so. No rows: nulls.
    const value = (await db.execute(query) as SqlRows).rows[0]?.lists;
    const lists = Array.isArray(value) ? value.map((list) => (Array.isArray(list) ? list as unknown[] : [])) : [];
    const rows: JsonRow[] = [];
    for (let i = 0; i < (lists[0]?.length ?? 0); i++) {
        const row: JsonRow = {};
        columns.forEach((c, k) => { row[c] = lists[k]?.[i]; });
        rows.push(row);
    }
    return rows;
}

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const instant = (value: unknown): Date | null => (typeof value === 'number' ? new Date(value) : null);
