/** The 5 M-item benchmark database: reused when it already holds that many items, else seeded. */
import { existsSync, rmSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { seedDemoData } from '../../server/services/seed/index.ts';
import { BENCH_DIR } from './fixtures.ts';

export interface StatsDatabase {
  file: string;
  items: number;
  requests: number;
  /** Seconds spent seeding (0 when reused). */
  seedSeconds: number;
}

async function counts(file: string): Promise<{ items: number; requests: number }> {
  const { db, close } = openDatabase(file);
  try {
    await migrateToLatest(db);
    const row = await db
      .selectFrom('agg_monthly')
      .select((eb) => [eb.fn.sum<number>('items').as('items'), eb.fn.sum<number>('requests').as('requests')])
      .executeTakeFirstOrThrow();
    return { items: Number(row.items ?? 0), requests: Number(row.requests ?? 0) };
  } finally {
    await close();
  }
}

export async function statsDatabase(items: number, seed = 1): Promise<StatsDatabase> {
  const file = `${BENCH_DIR}/stats-${items}-${seed}.sqlite`;
  if (existsSync(file)) {
    const found = await counts(file);
    if (found.items === items) return { file, ...found, seedSeconds: 0 };
    console.log(
      `${file} holds ${found.items.toLocaleString('en')} items, not ${items.toLocaleString('en')}: rebuilding`,
    );
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const { db, close } = openDatabase(file);
  await migrateToLatest(db);
  const bar = new cliProgress.SingleBar(
    { format: 'seeding {bar} {percentage}% | {value}/{total} items | {duration}s' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(items, 0);
  const started = performance.now();
  await seedDemoData(db, { items, seed, onProgress: (n) => bar.update(n) });
  bar.stop();
  const seedSeconds = (performance.now() - started) / 1000;
  await close();
  return { file, ...(await counts(file)), seedSeconds };
}
