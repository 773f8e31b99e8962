/** Google's outcome shares per half-year, as 100 % stacked bars, with the exact shares behind them. */

import type { OutcomeSharesPoint } from '../../../shared/published.ts';
import { MEASURE_DEFINITIONS } from '../../../shared/published-metrics.ts';
import type { DataTable, Row } from './export/csv.ts';
import { OUTCOME_COLOURS } from './palette.ts';
import { countCell, periodLabel, shareCell } from './published-common.data.ts';
import type { SeriesKey } from './volume.data.ts';

export type ShareKey = keyof OutcomeSharesPoint['shares'];

/** Google's outcomes in our outcome colours: legal removal is local, policy removal global. */
export const SHARE_KEYS: SeriesKey[] = (
  [
    ['pct_removed_legal', OUTCOME_COLOURS.restricted_local],
    ['pct_removed_policy', OUTCOME_COLOURS.removed_global],
    ['pct_already_removed', OUTCOME_COLOURS.restricted_other],
    ['pct_content_not_found', OUTCOME_COLOURS.content_unavailable],
    ['pct_not_enough_information', OUTCOME_COLOURS.invalid_request],
    ['pct_no_action', OUTCOME_COLOURS.no_action],
  ] as [ShareKey, string][]
).map(([key, colour]) => ({ key, label: MEASURE_DEFINITIONS[key].name, colour }));

export interface SharesData {
  /** Per half-year, each share in percent scaled so the six make 100 (Google's rounding aside). */
  rows: Row[];
  table: DataTable;
  /** Items the shares are weighted by, over every half-year drawn. */
  items: number;
}

export function sharesChartData(points: OutcomeSharesPoint[]): SharesData {
  const given = points.filter((p) => p.items > 0 && SHARE_KEYS.some((k) => p.shares[k.key as ShareKey] !== null));
  const rows = given.map((p) => {
    const total = SHARE_KEYS.reduce((s, k) => s + (p.shares[k.key as ShareKey] ?? 0), 0);
    const row: Row = { period: periodLabel(p.periodStart, p.periodEnd), items: p.items };
    for (const k of SHARE_KEYS) {
      const share = p.shares[k.key as ShareKey] ?? 0;
      row[k.key] = total > 0 ? (share / total) * 100 : 0;
    }
    return row;
  });
  const table: DataTable = {
    columns: [
      { key: 'period', label: 'Half-year' },
      { key: 'items', label: 'Items weighted', format: countCell },
      ...SHARE_KEYS.map((k) => ({ key: k.key, label: `${k.label} (% of items)`, format: shareCell })),
      { key: 'sum', label: 'Sum of the six', format: shareCell },
    ],
    rows: given.map((p) => {
      const row: Row = { period: periodLabel(p.periodStart, p.periodEnd), items: p.items };
      let total = 0;
      for (const k of SHARE_KEYS) {
        const share = p.shares[k.key as ShareKey];
        row[k.key] = share === null ? null : share * 100;
        total += share ?? 0;
      }
      row.sum = total * 100;
      return row;
    }),
  };
  return { rows, table, items: given.reduce((s, p) => s + p.items, 0) };
}
