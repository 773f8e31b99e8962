/**
 * PostgreSQL (pg.Pool): for deployments that outgrow one machine. Bulk writes are multi-row
 * statements in chunks under the protocol's 65,535 bound parameters; writers serialise on one
 * advisory lock, as SQLite's single writer does, so idempotent upserts and additive aggregates stay
 * exact across processes.
 */
import { Kysely, PostgresDialect, type RawBuilder, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import { containingPattern, type EngineDialect, type Opened, type Row, type TableName } from './types.ts';

// count() and sum() are int8 / numeric on PostgreSQL, which pg returns as strings by default; the
// app's counts stay far below 2^53, so numbers, as on SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Key of the advisory lock every write transaction takes (any constant; the same in every process). */
const WRITE_LOCK = 7_203_118_409;
/** Bound parameters per statement: the protocol counts them in 16 bits. */
const MAX_PARAMETERS = 65_535;
/** Rows per statement at most, so one statement's text stays a few megabytes. */
const MAX_ROWS = 5_000;

/** The URL without its password, for messages and logs. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

export function openPostgres(url: string): Opened {
  const pool = new pg.Pool({ connectionString: url });
  // An idle pooled connection can be cut (server restart, admin termination): the pool drops it and
  // opens another when needed; without a listener the error would end the process.
  pool.on('error', (error) => console.warn(`PostgreSQL: idle connection lost (${error.message})`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { engine: 'postgres', db, file: null, label: redacted(url), close: () => db.destroy() };
}

function chunks(rows: readonly Row[], columns: number): Row[][] {
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns)));
  const out: Row[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function insertSql(table: TableName, columns: readonly string[], rows: readonly Row[]): RawBuilder<unknown> {
  const values = sql.join(rows.map((row) => sql`(${sql.join(row as unknown[])})`));
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${values}`;
}

export const postgresDialect: EngineDialect = {
  engine: 'postgres',

  async beginWrite(conn) {
    // Read committed (whatever the server's default): every statement after the lock sees what the
    // writers before committed, as SQLite's BEGIN IMMEDIATE snapshot does.
    await sql`begin isolation level read committed`.execute(conn);
    await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
    // Inside the transaction, so readers see the new version exactly when they can see its data.
    await sql`update data_version set version = version + 1`.execute(conn);
  },

  async insertReturningIds(trx, table, columns, rows) {
    const ids: number[] = [];
    for (const part of chunks(rows, columns.length)) {
      // RETURNING yields the rows of a multi-row VALUES in their order.
      const result = await sql<{ id: number }>`${insertSql(table, columns, part)} returning id`.execute(trx);
      for (const { id } of result.rows) ids.push(id);
    }
    return ids;
  },

  async insertRows(trx, table, columns, rows) {
    for (const part of chunks(rows, columns.length)) await insertSql(table, columns, part).execute(trx);
  },

  async upsertAdding(trx, table, key, measures, rows) {
    const set = sql.join(
      measures.map((m) => sql`${sql.ref(m)} = ${sql.ref(`${table}.${m}`)} + ${sql.ref(`excluded.${m}`)}`),
    );
    const conflict = sql.join(key.map((c) => sql.ref(c)));
    // Keys are distinct within one call (the delta holds one row per key), as ON CONFLICT requires.
    for (const part of chunks(rows, key.length + measures.length)) {
      await sql`${insertSql(table, [...key, ...measures], part)} on conflict (${conflict}) do update set ${set}`.execute(
        trx,
      );
    }
  },

  async dataVersion(db) {
    const result = await sql<{ version: number }>`select version from data_version`.execute(db);
    return `pg:${result.rows[0]?.version ?? 0}`;
  },

  containsText(column, text) {
    return sql<boolean>`${sql.ref(column)} ilike ${containingPattern(text)} escape '\\'`;
  },

  withoutIndex(column) {
    // PostgreSQL's planner needs no hint here (and has no unary + on text).
    return sql`${sql.ref(column)}`;
  },
};
