/** A database's whole content, comparable across databases (seed determinism and equivalence tests). */
import { sql } from 'kysely';
import type { OpenDatabase } from '../db/database.ts';

/** Columns holding when a row was written: they differ between two runs that write the same rows. */
const WALL_CLOCK_COLUMNS = ['created_at', 'updated_at', 'at'] as const;

/**
 * Every table's rows in a stable order, without the wall-clock columns (and without the PostgreSQL
 * data_version counter, which every write transaction moves). Ids are kept: two databases written
 * in the same order get the same ones.
 */
export async function contents(db: OpenDatabase['db']): Promise<Record<string, string[]>> {
  const tables = (await db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => name !== 'data_version')
    .sort();
  const wallClock = new Set<string>(WALL_CLOCK_COLUMNS);
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    out[table] = rows
      .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !wallClock.has(column))))
      .sort();
  }
  return out;
}
