/**
 * `npm run seed -- [--items N] [--seed S]`: the deterministic synthetic demo dataset (source
 * `demo-synthetic`). Re-running with the same arguments changes nothing (the records are identical).
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { stageWorkerUnderTsx } from '../server/services/aggregates/stage-tsx.ts';
import { seedDemoData } from '../server/services/seed/index.ts';

const USAGE =
  'usage: npm run seed -- [--items N] [--seed S]\n' +
  '  --items N  number of items to generate, 1 to 1000000000 (default 200000)\n' +
  '  --seed S   random seed, 0 to 4294967295 (default 1); the same seed and N give the same records\n' +
  'The database is DATABASE_URL (default data/takedown.sqlite).';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    fail(`--${name} must be an integer from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got "${text}"`);
  }
  return value;
}

let values: { items?: string; seed?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { items: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const items = integer('items', values.items, 200_000, 1, 1_000_000_000);
const seed = integer('seed', values.seed, 1, 0, 0xffffffff);

const { db, label, close } = openDatabase();
const bar = process.stdout.isTTY
  ? new cliProgress.SingleBar(
      { format: 'seeding [{bar}] {percentage}% | {value}/{total} items | ETA {eta_formatted}' },
      cliProgress.Presets.shades_classic,
    )
  : undefined;
try {
  await migrateToLatest(db);
  bar?.start(items, 0);
  const started = performance.now();
  const result = await seedDemoData(db, {
    items,
    seed,
    onProgress: (n) => bar?.update(n),
    stageAggregates: stageWorkerUnderTsx,
  });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  const n = (x: number) => x.toLocaleString('en');
  console.log(
    `Seeded ${n(result.items)} items in ${n(result.requests)} requests (seed ${seed}) into ${label} ` +
      `in ${seconds.toFixed(1)} s (${n(Math.round(result.items / seconds))} items/s): ` +
      `${n(result.created)} requests new, ${n(result.updated)} updated, ${n(result.unchanged)} already there unchanged.`,
  );
} finally {
  bar?.stop();
  await close();
}
