/** stats.volume: requests and items per calendar period, empty periods as zeros, optionally split. */
import { OUTCOMES } from '../../../shared/enums.ts';
import { periodOf, periodsBetween } from '../../../shared/periods.ts';
import type { Filters, Granularity, VolumePoint, VolumeSplit } from '../../../shared/stats.ts';
import { OUTCOME_COUNTS } from '../../db/cube/measures.ts';
import type { Db } from '../../db/database.ts';
import { findPlatformSlugs } from '../../queries/catalog/platforms.ts';
import { dataSpan, grainFor, sumItemMeasures, sumRequests } from '../../queries/stats/totals.ts';
import { basisSetKeys } from './basis-keys.ts';

const SPLIT_COLUMN: Record<Exclude<VolumeSplit, 'outcome' | 'category'>, string> = {
  jurisdiction: 'jurisdiction',
  agency: 'agency_id',
  platform: 'platform_id',
  channel: 'channel',
};

export async function getVolume(
  db: Db,
  filters: Filters,
  granularity: Granularity,
  splitBy?: VolumeSplit,
): Promise<{ series: VolumePoint[] }> {
  const grain = grainFor(granularity);
  const span = await dataSpan(db, filters);
  const from = filters.from ?? span?.from;
  const to = filters.to ?? span?.to;
  if (!from || !to) return { series: [] };
  const points = new Map<string, VolumePoint>(
    periodsBetween(from, to, granularity).map((period) => [
      period,
      { period, requests: 0, items: 0, ...(splitBy ? { bySplit: {} } : {}) },
    ]),
  );
  for (const row of await sumRequests(db, filters, { groupBy: ['day'], grain })) {
    const point = points.get(periodOf(String(row.day), granularity));
    if (point) point.requests += Number(row.requests);
  }
  const splitColumn = splitBy && splitBy !== 'outcome' && splitBy !== 'category' ? SPLIT_COLUMN[splitBy] : undefined;
  const measures = splitBy === 'outcome' ? (['items', ...OUTCOME_COUNTS] as const) : (['items'] as const);
  const groupBy = splitColumn ? ['day', splitColumn] : splitBy === 'category' ? ['day', 'basis_set_id'] : ['day'];
  const categoriesOf = splitBy === 'category' ? (await basisSetKeys(db, 'category')).keysOf : undefined;
  const slugOf = splitBy === 'platform' ? await findPlatformSlugs(db) : undefined;
  for (const row of await sumItemMeasures(db, filters, measures, { groupBy, grain })) {
    const point = points.get(periodOf(String(row.day), granularity));
    if (!point) continue;
    point.items += Number(row.items);
    const split = point.bySplit;
    if (!split) continue;
    if (splitBy === 'outcome') {
      for (const o of OUTCOMES) split[o] = (split[o] ?? 0) + Number(row[`n_${o}`]);
    } else if (categoriesOf) {
      // A request citing several categories counts under each (DESIGN.md §3).
      for (const category of categoriesOf(Number(row.basis_set_id))) {
        split[category] = (split[category] ?? 0) + Number(row.items);
      }
    } else if (splitColumn) {
      const key = slugOf?.get(Number(row[splitColumn])) ?? String(row[splitColumn]);
      split[key] = (split[key] ?? 0) + Number(row.items);
    }
  }
  // Split keys in one order (by name) whichever path summed the rows: the memory cube meets them in
  // its own order, SQL in its, and the same figures should read the same on the wire.
  if (splitBy && splitBy !== 'outcome') {
    for (const point of points.values()) {
      if (point.bySplit) point.bySplit = Object.fromEntries(Object.entries(point.bySplit).sort(byKey));
    }
  }
  return { series: [...points.values()] };
}

const byKey = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : a > b ? 1 : 0);
