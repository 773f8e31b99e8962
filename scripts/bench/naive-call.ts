/**
 * One read call, answered twice in this process: from the aggregates, and by the naive scan
 * (naive-views.ts). Prints {oursMs, naiveStartedAt}, then {naiveMs, equal}, as JSON lines. Run by naive.ts with a time limit.
 * Usage: tsx scripts/bench/naive-call.ts <database> <procedure> <input JSON>
 */

import { createContextInner } from '../../server/context.ts';
import { openDatabase } from '../../server/db/database.ts';
import { appRouter } from '../../server/routers/app.ts';
import { createNaiveViews } from './naive-views.ts';

const [file, procedure, inputJson] = process.argv.slice(2) as [string, string, string];
const input = JSON.parse(inputJson);

function caller(path: string) {
  const open = openDatabase(path);
  const root = appRouter.createCaller(createContextInner({ db: open.db })) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [router, name] = procedure.split('.') as [string, string];
  const run = root[router]?.[name];
  if (!run) throw new Error(`no procedure ${procedure}`);
  return { open, call: () => run(input) };
}

const ours = caller(file);
const naive = caller(file);
await createNaiveViews(naive.open.db);
await ours.call(); // warm, as the server's answers are
let started = performance.now();
const expected = await ours.call();
const oursMs = performance.now() - started;
// Printed first, so that a parent stopping a long naive scan still knows when it started.
console.log(JSON.stringify({ oursMs, naiveStartedAt: Date.now() }));
started = performance.now();
const actual = await naive.call();
const naiveMs = performance.now() - started;
console.log(JSON.stringify({ naiveMs, equal: JSON.stringify(expected) === JSON.stringify(actual) }));
process.exit(0);
