/** stats.volume: requests and items per calendar period, empty periods as zeros, optionally split. */
import { OUTCOMES } from '../../../shared/enums.ts';
import { periodOf, periodsBetween } from '../../../shared/periods.ts';
import type { Filters, Granularity, VolumePoint, VolumeSplit } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { dataSpan, grainFor, sumItemMeasures, sumRequests } from '../../queries/stats/totals.ts';

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
  const measures = splitBy === 'outcome' ? ['items', ...OUTCOMES.map((o) => `n_${o}`)] : ['items'];
  const groupBy = splitColumn ? ['day', splitColumn] : splitBy === 'category' ? ['day', 'basis_set_id'] : ['day'];
  const categoryOf = splitBy === 'category' ? await basisSetCategories(db) : undefined;
  const slugOf =
    splitBy === 'platform'
      ? new Map((await db.selectFrom('platforms').select(['id', 'slug']).execute()).map((p) => [String(p.id), p.slug]))
      : undefined;
  for (const row of await sumItemMeasures(db, filters, measures, { groupBy, grain })) {
    const point = points.get(periodOf(String(row.day), granularity));
    if (!point) continue;
    point.items += Number(row.items);
    const split = point.bySplit;
    if (!split) continue;
    if (splitBy === 'outcome') {
      for (const o of OUTCOMES) split[o] = (split[o] ?? 0) + Number(row[`n_${o}`]);
    } else if (categoryOf) {
      // A request citing several categories counts under each (DESIGN.md §3).
      for (const category of categoryOf.get(Number(row.basis_set_id)) ?? ['unspecified']) {
        split[category] = (split[category] ?? 0) + Number(row.items);
      }
    } else if (splitColumn) {
      const key = slugOf?.get(String(row[splitColumn])) ?? String(row[splitColumn]);
      split[key] = (split[key] ?? 0) + Number(row.items);
    }
  }
  return { series: [...points.values()] };
}

/** Categories cited by each basis set. */
async function basisSetCategories(db: Db): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('basis_set_members')
    .innerJoin('legal_bases', 'legal_bases.id', 'basis_set_members.legal_basis_id')
    .select(['basis_set_members.set_id', 'legal_bases.category'])
    .distinct()
    .execute();
  const out = new Map<number, string[]>();
  for (const row of rows) out.set(row.set_id, [...(out.get(row.set_id) ?? []), row.category]);
  return out;
}
