/** A country's published rows as tables: Google per requester, X per half-year, DSA per service. */

import type { PublishedMeasure, PublishedRowOut } from '../../../../shared/published.ts';
import { formatMeasure, MEASURE_DEFINITIONS, REQUESTER_KIND_NAMES } from '../../../../shared/published-metrics.ts';
import type { Column, DataTable, Row } from '../../charts/export/csv.ts';
import { countCell, periodLabel, serviceName } from '../../charts/published-common.data.ts';

/** EU Member States, whose authorities' orders the DSA reports count. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

const latestFirst = (a: PublishedRowOut, b: PublishedRowOut) =>
  b.periodEnd.localeCompare(a.periodEnd) || (b.requests ?? -1) - (a.requests ?? -1);

/** Counts and percents have one unit per column: raw numbers (right-aligned, raw in the CSV). */
const FIXED_UNIT: Partial<Record<PublishedMeasure, 'count' | 'percent'>> = {
  pct_removed_legal: 'percent',
  pct_removed_policy: 'percent',
  pct_content_not_found: 'percent',
  pct_not_enough_information: 'percent',
  pct_no_action: 'percent',
  pct_already_removed: 'percent',
  pct_some_content_withheld: 'percent',
  requests_court_orders: 'count',
  requests_government_other: 'count',
  accounts_withheld: 'count',
  tweets_withheld: 'count',
  accounts_tos: 'count',
  orders_to_provide_information: 'count',
};

const percentCell = (v: number | string | null) => (typeof v === 'number' ? `${v}%` : '—');

const measureColumns = (measures: PublishedMeasure[]): Column[] =>
  measures.map((m) => ({
    key: m,
    label: MEASURE_DEFINITIONS[m].name,
    format: FIXED_UNIT[m] === 'percent' ? percentCell : FIXED_UNIT[m] === 'count' ? countCell : undefined,
  }));
/** A median's unit can differ between rows: those cells are text with their unit ("19.5 (unit not stated)"). */
const measureCells = (r: PublishedRowOut, measures: PublishedMeasure[]): Row =>
  Object.fromEntries(
    measures.map((m) => [
      m,
      FIXED_UNIT[m] ? (r.measures[m]?.value ?? null) : formatMeasure(r.measures[m]?.value, r.measures[m]?.unit),
    ]),
  );

const GOOGLE_SHARES: PublishedMeasure[] = [
  'pct_removed_legal',
  'pct_removed_policy',
  'pct_content_not_found',
  'pct_not_enough_information',
  'pct_no_action',
  'pct_already_removed',
];

export function googleRequesterTable(rows: PublishedRowOut[]): DataTable {
  return {
    columns: [
      { key: 'period', label: 'Half-year' },
      { key: 'requester', label: 'Requester (Google’s label)' },
      { key: 'kind', label: 'Kind' },
      { key: 'requests', label: 'Requests', format: countCell },
      { key: 'items', label: 'Items', format: countCell },
      ...measureColumns(GOOGLE_SHARES),
    ],
    rows: [...rows].sort(latestFirst).map((r) => ({
      period: periodLabel(r.periodStart, r.periodEnd),
      requester: r.requesterLabel,
      kind: r.requesterKind ? REQUESTER_KIND_NAMES[r.requesterKind] : null,
      requests: r.requests,
      items: r.items,
      ...measureCells(r, GOOGLE_SHARES),
    })),
  };
}

/** Requests and items per requester label over every half-year given, largest first. */
export function requesterTotals(rows: PublishedRowOut[]): { label: string; requests: number; items: number }[] {
  const totals = new Map<string, { label: string; requests: number; items: number }>();
  for (const r of rows) {
    const label = r.requesterLabel ?? 'Not stated';
    const t = totals.get(label) ?? { label, requests: 0, items: 0 };
    t.requests += r.requests ?? 0;
    t.items += r.items ?? 0;
    totals.set(label, t);
  }
  return [...totals.values()].sort((a, b) => b.requests - a.requests || a.label.localeCompare(b.label));
}

const X_MEASURES: PublishedMeasure[] = [
  'requests_court_orders',
  'requests_government_other',
  'pct_some_content_withheld',
  'accounts_withheld',
  'tweets_withheld',
  'accounts_tos',
];

export function xCountryTable(rows: PublishedRowOut[]): DataTable {
  return {
    columns: [
      { key: 'period', label: 'Half-year' },
      { key: 'requests', label: 'Requests', format: countCell },
      { key: 'items', label: 'Accounts specified', format: countCell },
      ...measureColumns(X_MEASURES),
    ],
    rows: [...rows].sort(latestFirst).map((r) => ({
      period: periodLabel(r.periodStart, r.periodEnd),
      requests: r.requests,
      items: r.items,
      ...measureCells(r, X_MEASURES),
    })),
  };
}

const DSA_MEASURES: PublishedMeasure[] = [
  'median_time_to_inform_act',
  'median_time_to_effect_act',
  'orders_to_provide_information',
  'median_time_to_effect_information',
];

export function dsaCountryTable(rows: PublishedRowOut[]): DataTable {
  return {
    columns: [
      { key: 'service', label: 'Service' },
      { key: 'period', label: 'Period' },
      { key: 'requests', label: 'Orders to act', format: countCell },
      { key: 'items', label: 'Items', format: countCell },
      ...measureColumns(DSA_MEASURES),
    ],
    rows: [...rows].sort(latestFirst).map((r) => ({
      service: serviceName(r.platform),
      period: periodLabel(r.periodStart, r.periodEnd),
      requests: r.requests,
      items: r.items,
      ...measureCells(r, DSA_MEASURES),
    })),
  };
}
