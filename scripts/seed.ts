/** `npm run seed -- [--items N] [--seed S]`: the deterministic synthetic demo dataset. */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedDemoData } from '../server/services/seed/index.ts';

const USAGE = 'usage: npm run seed -- [--items N (default 200000)] [--seed S (default 1)]';

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    console.error(`--${name} must be a positive integer, got "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return Number(text);
}

let values: { items?: string; seed?: string };
try {
  ({ values } = parseArgs({ options: { items: { type: 'string' }, seed: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const items = positiveInt('items', values.items, 200_000);
const seed = positiveInt('seed', values.seed, 1);

const { db, file, close } = openDatabase();
const bar = process.stdout.isTTY ? new cliProgress.SingleBar({}, cliProgress.Presets.shades_classic) : undefined;
try {
  await migrateToLatest(db);
  bar?.start(items, 0);
  const started = performance.now();
  const result = await seedDemoData(db, { items, seed, onProgress: (n) => bar?.update(n) });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Seeded ${result.items.toLocaleString('en')} items in ${result.requests.toLocaleString('en')} requests ` +
      `(${result.created.toLocaleString('en')} new, ${result.unchanged.toLocaleString('en')} already there) into ${file} ` +
      `in ${seconds.toFixed(1)} s (${Math.round(result.items / seconds).toLocaleString('en')} items/s).`,
  );
} finally {
  await close();
}
