/** The published.* reads: which rows each figure sums, so that no total counts a request twice. */
import type {
  DsaCategoryOrders,
  OutcomeSharesPoint,
  PublishedFilters,
  PublishedFormat,
  PublishedRowsInput,
  PublishedRowsPage,
  PublishedSeries,
  PublishedSeriesInput,
  PublishedSplit,
  PublishedTotals,
} from '../../../shared/published.ts';
import { PUBLISHED_ROWS_PAGE } from '../../../shared/published.ts';
import type { Db } from '../../db/database.ts';
import type { GroupColumn, RowSelection } from '../../queries/published/read.ts';
import { publishedReader, type Via } from './reader.ts';
import { plus } from './snapshot-scan.ts';

/** Totals and per-country or per-requester series sum `figure` rows only. */
const FIGURES: RowSelection = { roles: ['figure'] };

/** Reason and product exist only in breakdown series: Google's detailed file, DSA's per-category rows. */
const SPLITS: Record<PublishedSplit, { column: GroupColumn; selection: RowSelection; formats: PublishedFormat[] }> = {
  jurisdiction: {
    column: 'jurisdiction',
    selection: FIGURES,
    formats: ['google-removals', 'x-removals', 'dsa-orders'],
  },
  requesterKind: {
    column: 'requester_kind',
    selection: FIGURES,
    formats: ['google-removals', 'x-removals', 'dsa-orders'],
  },
  publisher: { column: 'publisher', selection: FIGURES, formats: ['google-removals', 'x-removals', 'dsa-orders'] },
  reason: {
    column: 'reason',
    selection: { roles: ['breakdown'], formats: ['google-detailed', 'dsa-orders'], categoryLevelOnly: true },
    formats: ['google-detailed', 'dsa-orders'],
  },
  product: {
    column: 'product',
    selection: { roles: ['breakdown'], formats: ['google-detailed'] },
    formats: ['google-detailed'],
  },
};

export async function getPublishedTotals(
  db: Db,
  filters: PublishedFilters,
  via: Via = 'auto',
): Promise<PublishedTotals> {
  const reader = publishedReader(db, via);
  const [sum] = await reader.sum(filters, FIGURES, [], false);
  const seen = await reader.publishersAndPeriods(filters, FIGURES.roles);
  return {
    requests: sum?.requests ?? null,
    items: sum?.items ?? null,
    rows: sum?.rows ?? 0,
    periods: new Set(seen.map((s) => s.period_end)).size,
    publishers: [...new Set(seen.map((s) => s.publisher))].sort(),
  };
}

export async function getPublishedSeries(
  db: Db,
  input: PublishedSeriesInput,
  via: Via = 'auto',
): Promise<PublishedSeries> {
  const { splitBy, ...filters } = input;
  const reader = publishedReader(db, via);
  const totals = await reader.sum(filters, FIGURES);
  const points = new Map(
    totals.map((t) => [
      `${t.period_start}/${t.period_end}`,
      {
        periodStart: String(t.period_start),
        periodEnd: String(t.period_end),
        requests: t.requests,
        items: t.items,
        ...(splitBy ? { bySplit: {} as Record<string, { requests: number | null; items: number | null }> } : {}),
      },
    ]),
  );
  if (splitBy) {
    const split = SPLITS[splitBy];
    for (const row of await reader.sum(filters, split.selection, [split.column])) {
      const key = `${row.period_start}/${row.period_end}`;
      let point = points.get(key);
      if (!point) {
        // A period only breakdowns cover (Google's detailed file reaches back to 2011).
        point = {
          periodStart: String(row.period_start),
          periodEnd: String(row.period_end),
          requests: null,
          items: null,
          bySplit: {},
        };
        points.set(key, point);
      }
      // A value not given (null) and the value 'unspecified' are one key: add them, in whichever
      // order the groups come (before, the later one replaced the other, by engine).
      const bySplit = point.bySplit as Record<string, { requests: number | null; items: number | null }>;
      const splitKey = String(row[split.column] ?? 'unspecified');
      const into = bySplit[splitKey];
      bySplit[splitKey] = {
        requests: into ? plus(into.requests, row.requests) : row.requests,
        items: into ? plus(into.items, row.items) : row.items,
      };
    }
  }
  // Periods ending alike but starting apart (a half-year, a quarter) in a set order on both engines.
  const series = [...points.values()].sort(
    (a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart),
  );
  return { series, drawnFrom: splitBy ? SPLITS[splitBy].formats : SPLITS.jurisdiction.formats };
}

/** One page of the listing (the first PUBLISHED_ROWS_PAGE rows unless `offset` / `limit` say otherwise). */
export async function getPublishedRows(
  db: Db,
  input: PublishedRowsInput,
  via: Via = 'auto',
): Promise<PublishedRowsPage> {
  const { format, role, offset = 0, limit = PUBLISHED_ROWS_PAGE, ...filters } = input;
  const { total, rows } = await publishedReader(db, via).rows(filters, format, role, { offset, limit });
  return { rows, total, offset };
}

/**
 * DSA orders to act per category and service, summed over the Member States in view: category
 * rows only (keywords are finer cuts of the same orders) and no EU-wide row (it repeats the
 * Member States' orders). Sums as SQL's: null where no row gives the count.
 */
export async function getDsaCategoryOrders(
  db: Db,
  filters: PublishedFilters,
  via: Via = 'auto',
): Promise<{ categories: DsaCategoryOrders[]; publishers: string[] }> {
  const { rows } = await publishedReader(db, via).rows(filters, 'dsa-orders', 'breakdown');
  const sums = new Map<string, DsaCategoryOrders>();
  const publishers = new Set<string>();
  for (const row of rows) {
    publishers.add(row.publisher);
    if (!row.reasonCode?.startsWith('STATEMENT_CATEGORY_') || row.jurisdiction === 'EU') continue;
    const key = `${row.reasonCode}/${row.platform}`;
    const into = sums.get(key);
    if (into) into.requests = plus(into.requests, row.requests);
    else sums.set(key, { code: row.reasonCode, platform: row.platform, requests: row.requests });
  }
  const categories = [...sums.values()].sort(
    (a, b) => a.code.localeCompare(b.code) || a.platform.localeCompare(b.platform),
  );
  return { categories, publishers: [...publishers].sort() };
}

const SHARE_MEASURES = [
  'pct_removed_legal',
  'pct_removed_policy',
  'pct_content_not_found',
  'pct_not_enough_information',
  'pct_no_action',
  'pct_already_removed',
] as const;

/** Google's shares per half-year: Σ(percent ÷ 100 × items) ÷ Σ items over the requester rows giving both. */
export async function getOutcomeShares(
  db: Db,
  filters: PublishedFilters,
  via: Via = 'auto',
): Promise<OutcomeSharesPoint[]> {
  const { rows } = await publishedReader(db, via).rows(filters, 'google-removals', 'figure');
  const byPeriod = new Map<string, { start: string; end: string; items: number; weighted: number[] }>();
  for (const row of rows) {
    if (!row.items) continue;
    const key = row.periodEnd;
    const point = byPeriod.get(key) ?? {
      start: row.periodStart,
      end: row.periodEnd,
      items: 0,
      weighted: [0, 0, 0, 0, 0, 0],
    };
    point.items += row.items;
    SHARE_MEASURES.forEach((m, i) => {
      point.weighted[i] = (point.weighted[i] as number) + ((row.measures[m]?.value ?? 0) / 100) * (row.items as number);
    });
    byPeriod.set(key, point);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.end.localeCompare(b.end))
    .map((p) => ({
      periodStart: p.start,
      periodEnd: p.end,
      items: p.items,
      shares: Object.fromEntries(
        SHARE_MEASURES.map((m, i) => [m, p.items > 0 ? (p.weighted[i] as number) / p.items : null]),
      ) as OutcomeSharesPoint['shares'],
    }));
}
