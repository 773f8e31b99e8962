/** Benchmark inputs: a JSONL file of demo records under data/bench/ (databases: target.ts). */
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { finished } from 'node:stream/promises';
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
