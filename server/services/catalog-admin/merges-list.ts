/** The merge history shown on the catalogue page, newest first, each with both entries' labels. */
import type { MergeEntry, MergesInput } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import { countMergedRequests, findMerges } from '../../queries/catalog/merges.ts';
import { loadEntry } from './entries.ts';

export async function listMerges(db: Db, input: MergesInput): Promise<MergeEntry[]> {
  const merges = await findMerges(db, input.limit);
  const moved = await countMergedRequests(
    db,
    merges.map((m) => m.id),
  );
  const out: MergeEntry[] = [];
  for (const m of merges) {
    const kept = await loadEntry(db, m.entity, m.kept_id, 'keptId');
    const merged = await loadEntry(db, m.entity, m.merged_id, 'mergedId');
    out.push({
      id: m.id,
      entity: m.entity,
      keptId: m.kept_id,
      keptLabel: kept.label,
      mergedId: m.merged_id,
      mergedLabel: merged.label,
      requestsMoved: moved.get(m.id) ?? 0,
      mergedAt: m.merged_at,
      mergedBy: m.merged_by,
      splitAt: m.split_at,
      splitBy: m.split_by,
    });
  }
  return out;
}
