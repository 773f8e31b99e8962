/**
 * PostgreSQL (pg.Pool): for deployments that outgrow one machine. Bulk writes send one array per
 * column through `unnest`; writers serialise on one advisory lock, as SQLite's single writer does,
 * so idempotent upserts and additive aggregates stay exact across processes.
 */
import { Kysely, PostgresDialect, type RawBuilder, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import { containingPattern, type Db, type EngineDialect, type Opened, type Row, type TableName } from './types.ts';

// count() and sum() are int8 / numeric on PostgreSQL, which pg returns as strings by default; the
// app's counts stay far below 2^53, so numbers, as on SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Key of the advisory lock every write transaction takes (any constant; the same in every process). */
const WRITE_LOCK = 7_203_118_409;

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

/** Rows per statement: each column travels as one array parameter, so only memory bounds it. */
const ROWS_PER_STATEMENT = 20_000;

/**
 * Column types of each table, read once from the catalogue: the arrays of `unnest` need them. Every
 * database the app opens is migrated to the same schema, so one cache serves them all.
 */
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function typesOf(db: Db, table: TableName): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = sql<{ column_name: string; type: string }>`
      select a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type
      from pg_attribute a where a.attrelid = to_regclass(${table}) and a.attnum > 0 and not a.attisdropped`
      .execute(db)
      .then((result) => new Map(result.rows.map((r) => [r.column_name, r.type])));
    // A failed lookup (table not migrated yet) is not cached.
    types.catch(() => columnTypes.delete(table));
    columnTypes.set(table, types);
  }
  return types;
}

/**
 * A column's values as a PostgreSQL array literal (`{1,NULL,"text"}`), which travels as one text
 * parameter. pg's own conversion of a JS array quotes and regex-escapes every element, numbers
 * included: ~3.5 s of Node's ~20 s in a 200,000-item import, most of it the aggregate rows' counts.
 * Strings are quoted, with `\` and `"` escaped as the array input syntax requires.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const value = values[i];
    if (value === null || value === undefined) out += 'NULL';
    else if (typeof value === 'number' || typeof value === 'boolean') out += String(value);
    else if (typeof value === 'string') out += `"${NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, '\\$&') : value}"`;
    else throw new Error(`no array literal for a ${typeof value} value (element ${i})`);
  }
  return `${out}}`;
}
const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;

/**
 * `insert into table (columns) select … from unnest($1::type[], …) with ordinality`: one array per
 * column instead of one parameter per value, so the statement text is fixed and short however many
 * rows it carries (a multi-row VALUES list spends most of its time building and parsing SQL).
 */
async function insertFromArrays(
  db: Db,
  table: TableName,
  columns: readonly string[],
  rows: readonly Row[],
): Promise<RawBuilder<unknown>> {
  const types = await typesOf(db, table);
  const arrays = columns.map((column, c) => {
    const type = types.get(column);
    if (!type) throw new Error(`${table}.${column}: no such column`);
    return sql`${arrayLiteral(rows.map((row) => row[c]))}::${sql.raw(type)}[]`;
  });
  const names = sql.join(columns.map((c) => sql.ref(c)));
  // WITH ORDINALITY … ORDER BY keeps the input order, so RETURNING ids come back in it.
  return sql`insert into ${sql.table(table)} (${names})
    select ${names} from unnest(${sql.join(arrays)}) with ordinality as u(${names}, ord) order by ord`;
}

function slices(rows: readonly Row[]): Row[][] {
  const out: Row[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

export const postgresDialect: EngineDialect = {
  engine: 'postgres',

  async beginWrite(conn, bumpVersion) {
    // Read committed (whatever the server's default): every statement after the lock sees what the
    // writers before committed, as SQLite's BEGIN IMMEDIATE snapshot does.
    await sql`begin isolation level read committed`.execute(conn);
    await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
    // Inside the transaction, so readers see the new version exactly when they can see its data.
    if (bumpVersion) await sql`update data_version set version = version + 1`.execute(conn);
  },

  // lock_not_available: only when lock_timeout is set (by default the writer lock is waited for).
  isLockTimeout: (error) => (error as { code?: unknown } | null)?.code === '55P03',

  async insertReturningIds(trx, table, columns, rows) {
    const ids: number[] = [];
    for (const part of slices(rows)) {
      const insert = await insertFromArrays(trx, table, columns, part);
      const result = await sql<{ id: number }>`${insert} returning id`.execute(trx);
      for (const { id } of result.rows) ids.push(id);
    }
    return ids;
  },

  async insertRows(trx, table, columns, rows) {
    for (const part of slices(rows)) await (await insertFromArrays(trx, table, columns, part)).execute(trx);
  },

  async upsertAdding(trx, table, key, measures, rows) {
    const set = sql.join(
      measures.map((m) => sql`${sql.ref(m)} = ${sql.ref(`${table}.${m}`)} + ${sql.ref(`excluded.${m}`)}`),
    );
    const conflict = sql.join(key.map((c) => sql.ref(c)));
    // Keys are distinct within one call (the delta holds one row per key), as ON CONFLICT requires.
    for (const part of slices(rows)) {
      const insert = await insertFromArrays(trx, table, [...key, ...measures], part);
      await sql`${insert} on conflict (${conflict}) do update set ${set}`.execute(trx);
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

  readOnce(_db, read) {
    // The page cache is the server's (shared_buffers; large scans use a ring buffer already).
    return read();
  },

  privateBulkLoad(_db, load) {
    // The WAL is PostgreSQL's only journal; a bulk load needs nothing different here.
    return load();
  },
};
