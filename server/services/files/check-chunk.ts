/** The batch rules on one chunk of an import, against the database (the shape checks are records.ts's). */
import type { Problem } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../actor.ts';
import { checkBatch } from '../ingest/index.ts';
import type { ScanCounts, Valid } from './records.ts';

/**
 * The batch rules (source mismatches, unknown sources, repeated citations) on one chunk: problems
 * reported by file line and counted, the records without any returned. `db` may be a transaction.
 */
export async function checkChunk(
  db: Db,
  chunk: Valid[],
  actor: Actor,
  counts: ScanCounts,
  report: (problems: Problem[]) => void,
): Promise<Valid[]> {
  const problems = await checkBatch(
    db,
    chunk.map((v) => v.request),
    actor,
  );
  if (problems.length === 0) return chunk;
  const bad = new Set(problems.map((p) => p.index ?? 0));
  counts.invalid += bad.size;
  report(problems.map(({ index, ...p }) => ({ ...p, line: chunk[index ?? 0]?.line ?? 0 })));
  return chunk.filter((_, i) => !bad.has(i));
}
