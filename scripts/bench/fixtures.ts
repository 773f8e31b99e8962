/** Benchmark inputs: a JSONL file of demo records and fresh databases under data/bench/. */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { type OpenDatabase, openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { generateRequests } from '../../server/services/seed/generate.ts';

export const BENCH_DIR = 'data/bench';

/** Writes (or reuses) a JSONL file of `items` demo items. */
export async function demoJsonl(items: number, seed = 11): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = `${BENCH_DIR}/demo-${items}-${seed}.jsonl`;
  if (existsSync(path)) return path;
  const out = createWriteStream(`${path}.tmp`);
  for (const request of generateRequests({ items, seed })) {
    if (!out.write(`${JSON.stringify({ ...request, source: 'bench' })}\n`)) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  out.end();
  await finished(out);
  renameSync(`${path}.tmp`, path);
  return path;
}

/**
 * A new, migrated database file (any previous one of that name is deleted). The benchmark runs on
 * SQLite: its baseline is raw better-sqlite3 on the same file.
 */
export async function freshDatabase(name: string): Promise<OpenDatabase & { file: string }> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = `${BENCH_DIR}/${name}.sqlite`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const open = openDatabase(file);
  await migrateToLatest(open.db);
  return { ...open, file };
}
