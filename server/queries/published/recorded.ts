/** Item-level counts per platform slug × jurisdiction × month × source, for the reconciliation. */
import type { Db } from '../../db/database.ts';
import { sumItemMeasures, sumRequests } from '../stats/totals.ts';

export interface RecordedMonth {
  platform: string;
  jurisdiction: string;
  month: string;
  source: string;
  requests: number;
  items: number;
}

export async function findRecordedMonths(
  db: Db,
  range: { from: string; to: string; platforms: string[]; jurisdictions?: string[] },
): Promise<RecordedMonth[]> {
  const platformRows = await db
    .selectFrom('platforms')
    .select(['id', 'slug'])
    .where('slug', 'in', range.platforms)
    .execute();
  if (platformRows.length === 0) return [];
  const filters = {
    from: range.from,
    to: range.to,
    platforms: platformRows.map((p) => p.slug),
    ...(range.jurisdictions?.length ? { jurisdictions: range.jurisdictions } : {}),
  };
  const groupBy = ['day', 'jurisdiction', 'platform_id', 'source_id'];
  const [requests, items, sources] = await Promise.all([
    sumRequests(db, filters, { groupBy, grain: 'month' }),
    sumItemMeasures(db, filters, ['items'], { groupBy, grain: 'month' }),
    db.selectFrom('sources').select(['id', 'name']).execute(),
  ]);
  const slug = new Map(platformRows.map((p) => [p.id, p.slug]));
  const sourceName = new Map(sources.map((s) => [s.id, s.name]));
  const out = new Map<string, RecordedMonth>();
  const add = (row: Record<string, string | number>, field: 'requests' | 'items', value: number) => {
    const month = String(row.day).slice(0, 7);
    const key = [month, row.jurisdiction, row.platform_id, row.source_id].join('|');
    const into = out.get(key) ?? {
      platform: slug.get(Number(row.platform_id)) as string,
      jurisdiction: String(row.jurisdiction),
      month,
      source: sourceName.get(Number(row.source_id)) ?? String(row.source_id),
      requests: 0,
      items: 0,
    };
    into[field] += value;
    out.set(key, into);
  };
  for (const row of requests) add(row, 'requests', Number(row.requests));
  for (const row of items) add(row, 'items', Number(row.items));
  return [...out.values()];
}
