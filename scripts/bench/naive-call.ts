/**
 * One read call, answered twice in this process: from the aggregates, and by the naive scan
 * (naive-views.ts). Prints {oursMs, naiveStartedAt}, then {naiveMs, equal}, as JSON lines. Run by naive.ts with a time limit.
 * Usage: DATABASE_URL=<url> tsx scripts/bench/naive-call.ts <procedure> <input JSON> [limit ms]
 */
import { sql } from 'kysely';
import { createContextInner } from '../../server/context.ts';
import { type Db, openDatabase } from '../../server/db/database.ts';
import { dialectOf } from '../../server/db/dialect/index.ts';
import { disableMemoryCube, loadMemoryCube } from '../../server/queries/stats/memory-cube.ts';
import { appRouter } from '../../server/routers/app.ts';
import { createNaiveViews } from './naive-views.ts';

const [procedure, inputJson, limitMs] = process.argv.slice(2) as [string, string, string?];
const url = process.env.DATABASE_URL ?? '';
const input = JSON.parse(inputJson);

function caller(db: Db) {
  const root = appRouter.createCaller(createContextInner({ db })) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [router, name] = procedure.split('.') as [string, string];
  const run = root[router]?.[name];
  if (!run) throw new Error(`no procedure ${procedure}`);
  return () => run(input);
}

const ours = openDatabase(url);
const naive = openDatabase(url);
// TEMP views exist only on the connection (PostgreSQL session) that made them: the naive caller
// runs every query on that one reserved connection.
await naive.db.connection().execute(async (connection) => {
  await createNaiveViews(connection);
  // When the parent kills this process at the limit, a PostgreSQL backend would go on scanning
  // (it notices a lost client only when it next writes) and slow the calls after it. A little
  // beyond the limit, so that the parent's stop comes first.
  if (limitMs && dialectOf(connection).engine === 'postgres') {
    await sql`set statement_timeout = ${sql.lit(Number(limitMs) + 2000)}`.execute(connection);
  }
  // Ours as the server answers after start, from the stats cube in memory; the naive scan's tables
  // are its TEMP views, which only SQL reads.
  await loadMemoryCube(ours.db);
  disableMemoryCube(connection);
  const oursCall = caller(ours.db);
  const naiveCall = caller(connection);
  await oursCall(); // warm, as the server's answers are
  let started = performance.now();
  const expected = await oursCall();
  const oursMs = performance.now() - started;
  // Printed first, so that a parent stopping a long naive scan still knows when it started.
  console.log(JSON.stringify({ oursMs, naiveStartedAt: Date.now() }));
  started = performance.now();
  const actual = await naiveCall();
  const naiveMs = performance.now() - started;
  console.log(JSON.stringify({ naiveMs, equal: JSON.stringify(expected) === JSON.stringify(actual) }));
});
process.exit(0);
