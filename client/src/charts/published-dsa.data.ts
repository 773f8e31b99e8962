/** DSA section 3: orders to act per Member State and per category, stacked by service, with median times. */

import type { DsaCategoryOrders, PublishedRowOut } from '../../../shared/published.ts';
import type { DataTable, Row } from './export/csv.ts';
import { seriesColour } from './palette.ts';
import { countCell, dsaCategoryLabel, serviceName } from './published-common.data.ts';
import type { SeriesKey } from './volume.data.ts';

export interface DsaMedianRow {
  jurisdiction: string;
  service: string;
  orders: number | null;
  items: number | null;
  /** As published, in `unit`. */
  toInform: number | null;
  toEffect: number | null;
  /** The unit as stored: "hours", or "unit not stated" ("hours / unit not stated" if the two differ). */
  unit: string;
}

export interface DsaBarsData {
  /** One bar per Member State (or category), a stacked segment per service, largest first. */
  bars: Row[];
  services: SeriesKey[];
  table: DataTable;
  orders: number;
}

/** What a stacked bar adds up: a service's count (null: not given). */
type Counted = { platform: string; requests: number | null };

function servicesOf(rows: Counted[]): SeriesKey[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.platform, (totals.get(r.platform) ?? 0) + (r.requests ?? 0));
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key], i) => ({ key, label: serviceName(key), colour: seriesColour(key, i) }));
}

/** Bars keyed by `keyOf`, one segment per service; keys with no order at all are left out of the bars. */
function stackByService<R extends Counted>(rows: R[], keyOf: (r: R) => string, name: (key: string) => string) {
  const services = servicesOf(rows);
  const byKey = new Map<string, Row & { total: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    const bar = byKey.get(key) ?? { key, name: name(key), total: 0 };
    bar[r.platform] = ((bar[r.platform] as number | undefined) ?? 0) + (r.requests ?? 0);
    bar.total += r.requests ?? 0;
    byKey.set(key, bar);
  }
  const bars = [...byKey.values()]
    .filter((b) => b.total > 0)
    .sort((a, b) => b.total - a.total || String(a.key).localeCompare(String(b.key)));
  return { bars, services, orders: bars.reduce((s, b) => s + b.total, 0) };
}

/** Figure rows (one per service × Member State, category TOTAL) → bars per Member State. */
export function dsaStatesData(rows: PublishedRowOut[], stateName: (code: string) => string): DsaBarsData {
  const stacked = stackByService(rows, (r) => r.jurisdiction, stateName);
  const table: DataTable = {
    columns: [
      { key: 'jurisdiction', label: 'Member State' },
      { key: 'service', label: 'Service' },
      { key: 'orders', label: 'Orders to act', format: countCell },
      { key: 'items', label: 'Items', format: countCell },
      { key: 'toInform', label: 'Median time to inform' },
      { key: 'toEffect', label: 'Median time to give effect' },
      { key: 'unit', label: 'Unit of the medians' },
    ],
    rows: dsaMedianRows(rows).map((m) => ({ ...m })),
  };
  return { ...stacked, table };
}

const UNIT_WORDS: Record<string, string> = { hours: 'hours', unstated: 'unit not stated' };

/** Per Member State and service, with orders or a median: largest first. Medians are never combined. */
export function dsaMedianRows(rows: PublishedRowOut[]): DsaMedianRow[] {
  return rows
    .filter((r) => (r.requests ?? 0) > 0 || r.measures.median_time_to_effect_act?.value != null)
    .map((r) => {
      const inform = r.measures.median_time_to_inform_act;
      const effect = r.measures.median_time_to_effect_act;
      const units = [...new Set([inform, effect].filter((m) => m?.value != null).map((m) => m?.unit ?? 'unstated'))];
      return {
        jurisdiction: r.jurisdiction,
        service: serviceName(r.platform),
        orders: r.requests,
        items: r.items,
        toInform: inform?.value ?? null,
        toEffect: effect?.value ?? null,
        unit: units.map((u) => UNIT_WORDS[u] ?? u).join(' / ') || '—',
      };
    })
    .sort((a, b) => (b.orders ?? 0) - (a.orders ?? 0) || a.jurisdiction.localeCompare(b.jurisdiction));
}

/** `published.dsaCategories` (per category and service, summed over the Member States) → bars per category. */
export function dsaCategoriesData(categories: DsaCategoryOrders[]): DsaBarsData {
  const stacked = stackByService(categories, (c) => c.code, dsaCategoryLabel);
  const table: DataTable = {
    columns: [
      { key: 'code', label: 'Category code' },
      { key: 'name', label: 'Category' },
      ...stacked.services.map((s) => ({ key: s.key, label: `Orders: ${s.label}`, format: countCell })),
      { key: 'total', label: 'Orders, all services', format: countCell },
    ],
    rows: stacked.bars.map((b) => ({ ...b, code: String(b.key) })),
  };
  return { ...stacked, table };
}
