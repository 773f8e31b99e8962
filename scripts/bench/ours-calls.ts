/**
 * Our side of the naive comparison, for every call at once: loads the stats cube once (as the
 * server does after start; at 50 M items that load takes minutes, too long to repeat per call),
 * then answers each call warm and prints {oursMs, digest} per call, as JSON lines, in order.
 * Usage: DATABASE_URL=<url> tsx scripts/bench/ours-calls.ts < calls.json ([{procedure, input}, …])
 */
import { text } from 'node:stream/consumers';
import { openDatabase } from '../../server/db/database.ts';
import { loadMemoryCube } from '../../server/queries/stats/memory-cube.ts';
import { caller, digestOf } from './bench-caller.ts';

const calls = JSON.parse(await text(process.stdin)) as { procedure: string; input: unknown }[];
const { db } = openDatabase(process.env.DATABASE_URL ?? '');
if (!(await loadMemoryCube(db))) throw new Error('the stats cube did not load: the data kept changing');
for (const call of calls) {
  const run = caller(db, call.procedure, call.input);
  await run(); // warm, as the server's answers are
  const started = performance.now();
  const answer = await run();
  const oursMs = performance.now() - started;
  console.log(JSON.stringify({ oursMs, digest: digestOf(answer) }));
}
process.exit(0);
