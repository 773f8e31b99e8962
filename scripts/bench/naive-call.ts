/**
 * One read call answered by the naive scan (naive-views.ts) alone. Prints {naiveStartedAt}, then
 * {naiveMs, digest}, as JSON lines. Run by naive.ts with a time limit, one process per call: a
 * scan on better-sqlite3 cannot be interrupted, only its process stopped.
 * Usage: DATABASE_URL=<url> tsx scripts/bench/naive-call.ts <procedure> <input JSON> [limit ms]
 */
import { sql } from 'kysely';
import { openDatabase } from '../../server/db/database.ts';
import { dialectOf } from '../../server/db/dialect/index.ts';
import { disableMemoryCube } from '../../server/queries/stats/memory-cube.ts';
import { caller, digestOf } from './bench-caller.ts';
import { createNaiveViews } from './naive-views.ts';

const [procedure, inputJson, limitMs] = process.argv.slice(2) as [string, string, string?];
const naive = openDatabase(process.env.DATABASE_URL ?? '');
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
  // The naive scan's tables are its TEMP views, which only SQL reads.
  disableMemoryCube(connection);
  const run = caller(connection, procedure, JSON.parse(inputJson));
  // Printed first, so that a parent stopping a long naive scan still knows when it started.
  console.log(JSON.stringify({ naiveStartedAt: Date.now() }));
  const started = performance.now();
  const answer = await run();
  const naiveMs = performance.now() - started;
  console.log(JSON.stringify({ naiveMs, digest: digestOf(answer) }));
});
process.exit(0);
