/**
 * The 5 M-item benchmark database: reused when it already holds that many items (where databases
 * outlive the run: SQLite files, BENCH_POSTGRES_URL), else seeded.
 */
import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { seedDemoData } from '../../server/services/seed/index.ts';
import { type BenchTarget, freshDatabase } from './target.ts';

export interface StatsDatabase {
  url: string;
  /** What to call it in messages (no password). */
  label: string;
  items: number;
  requests: number;
  /** Seconds spent seeding (0 when reused). */
  seedSeconds: number;
}

async function counts(url: string): Promise<{ label: string; items: number; requests: number }> {
  const { db, close, label } = openDatabase(url);
  try {
    await migrateToLatest(db);
    const row = await db
      .selectFrom('agg_monthly')
      .select((eb) => [eb.fn.sum<number>('items').as('items'), eb.fn.sum<number>('requests').as('requests')])
      .executeTakeFirstOrThrow();
    return { label, items: Number(row.items ?? 0), requests: Number(row.requests ?? 0) };
  } finally {
    await close();
  }
}

export async function statsDatabase(target: BenchTarget, items: number, seed = 1): Promise<StatsDatabase> {
  const name = `stats-${items}-${seed}`;
  const url = target.url(name);
  if (target.persistent && (await target.exists(name))) {
    const found = await counts(url);
    if (found.items === items) return { url, ...found, seedSeconds: 0 };
    console.log(
      `${found.label} holds ${found.items.toLocaleString('en')} items, not ${items.toLocaleString('en')}: rebuilding`,
    );
  }
  const { db, close } = await freshDatabase(target, name);
  const bar = new cliProgress.SingleBar(
    { format: 'seeding {bar} {percentage}% | {value}/{total} items | {duration}s' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(items, 0);
  const started = performance.now();
  await seedDemoData(db, { items, seed, onProgress: (n) => bar.update(n) });
  bar.stop();
  const seedSeconds = (performance.now() - started) / 1000;
  // PostgreSQL plans from statistics that autovacuum gathers some time after a bulk load; gather
  // them now, so a fresh (throwaway) cluster is measured as a settled one would be.
  if (target.engine === 'postgres') await sql`analyze`.execute(db);
  await close();
  return { url, ...(await counts(url)), seedSeconds };
}
