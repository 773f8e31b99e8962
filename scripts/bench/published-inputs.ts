/**
 * The published reports for the benchmark: the real files of ../shared/data imported into the
 * benchmark database (once), and random inputs for every `published.*` procedure.
 */
import { existsSync } from 'node:fs';
import { openDatabase } from '../../server/db/database.ts';
import { importPublishedPath } from '../../server/services/published/import.ts';
import { Rng } from '../../server/services/seed/rng.ts';
import type { Call } from './stats-inputs.ts';

export const PUBLISHED_DIR = process.env.PUBLISHED_DATA ?? '../shared/data';

/** Imports the published files (a no-op for files already there); the jurisdictions they cover. */
export async function publishedFixture(
  url: string,
): Promise<{ files: number; seconds: number; jurisdictions: string[] } | null> {
  if (!existsSync(PUBLISHED_DIR)) return null;
  const { db, close } = openDatabase(url);
  try {
    const started = performance.now();
    const summaries = await importPublishedPath(db, PUBLISHED_DIR);
    const seconds = (performance.now() - started) / 1000;
    const rows = await db.selectFrom('published_stats').select('jurisdiction').distinct().execute();
    return { files: summaries.length, seconds, jurisdictions: rows.map((r) => r.jurisdiction) };
  } finally {
    await close();
  }
}

const PUBLISHERS = ['google', 'x', 'meta', 'tiktok', 'aliexpress'];
const PLATFORMS = ['google', 'x', 'facebook', 'tiktok', 'aliexpress'];
const YEARS = Array.from({ length: 15 }, (_, i) => 2011 + i);

export function randomPublishedCalls(seed: number, combinations: number, jurisdictions: string[]): Call[][] {
  const rng = new Rng(seed);
  const oneOf = <T>(values: readonly T[]) => values[rng.int(0, values.length - 1)] as T;
  return Array.from({ length: combinations }, () => {
    const from = rng.chance(0.5) ? `${oneOf(YEARS)}-01-01` : undefined;
    const to = from && rng.chance(0.7) ? `${Number(from.slice(0, 4)) + rng.int(0, 4)}-12-31` : undefined;
    const filters = {
      ...(rng.chance(0.3) ? { publisher: oneOf(PUBLISHERS) } : {}),
      ...(rng.chance(0.2) ? { platforms: [oneOf(PLATFORMS)] } : {}),
      ...(rng.chance(0.4) ? { jurisdictions: Array.from({ length: rng.int(1, 3) }, () => oneOf(jurisdictions)) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const call = (procedure: string, input: unknown): Call => ({ procedure, input, itemLevel: false });
    const splitBy = oneOf(['jurisdiction', 'requesterKind', 'reason', 'product', 'publisher', undefined]);
    return [
      call('published.totals', filters),
      call('published.series', { ...filters, ...(splitBy ? { splitBy } : {}) }),
      call('published.reconciliation', filters),
      call('published.outcomeShares', filters),
      call('published.dsaCategories', filters),
      call('published.rows', { ...filters, format: oneOf(['x-removals', 'dsa-orders', 'dsa-complaints']) }),
      call('published.sources', {}),
      call('published.checks', {}),
    ];
  });
}
