/** The published.* reads: which rows each figure sums, so that no total counts a request twice. */
import type {
  OutcomeSharesPoint,
  PublishedChecks,
  PublishedFilters,
  PublishedFormat,
  PublishedRowOut,
  PublishedRowsInput,
  PublishedSeries,
  PublishedSeriesInput,
  PublishedSourceFile,
  PublishedSplit,
  PublishedTotals,
} from '../../../shared/published.ts';
import { PUBLISHED_ROWS_LIMIT, RESTATEMENT_LIMIT } from '../../../shared/published.ts';
import type { Db } from '../../db/database.ts';
import {
  countPublishedRows,
  findFileCoverage,
  findMeasuresOfRows,
  findPublishedFiles,
  findPublishedRows,
  findPublishersAndPeriods,
  findRestatements,
  type GroupColumn,
  type RowSelection,
  sumPublished,
} from '../../queries/published/read.ts';
import { ValidationFailed } from '../errors.ts';
import { toRowOut } from './row-out.ts';

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

export async function getPublishedTotals(db: Db, filters: PublishedFilters): Promise<PublishedTotals> {
  const [sum] = await sumPublished(db, filters, FIGURES, [], false);
  const seen = await findPublishersAndPeriods(db, filters, FIGURES.roles);
  return {
    requests: sum?.requests ?? null,
    items: sum?.items ?? null,
    rows: sum?.rows ?? 0,
    periods: new Set(seen.map((s) => s.period_end)).size,
    publishers: [...new Set(seen.map((s) => s.publisher))].sort(),
  };
}

export async function getPublishedSeries(db: Db, input: PublishedSeriesInput): Promise<PublishedSeries> {
  const { splitBy, ...filters } = input;
  const totals = await sumPublished(db, filters, FIGURES);
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
    for (const row of await sumPublished(db, filters, split.selection, [split.column])) {
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
      (point.bySplit as Record<string, unknown>)[String(row[split.column] ?? 'unspecified')] = {
        requests: row.requests,
        items: row.items,
      };
    }
  }
  const series = [...points.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  return { series, drawnFrom: splitBy ? SPLITS[splitBy].formats : SPLITS.jurisdiction.formats };
}

export async function getPublishedRows(
  db: Db,
  input: PublishedRowsInput,
): Promise<{ rows: PublishedRowOut[]; total: number }> {
  const { format, role, ...filters } = input;
  const total = await countPublishedRows(db, filters, format, role);
  if (total > PUBLISHED_ROWS_LIMIT) {
    throw new ValidationFailed(
      [{ path: 'filters', message: `${total} rows match; at most ${PUBLISHED_ROWS_LIMIT} are listed at once` }],
      `${total} published rows match; narrow the period, jurisdictions or platform to at most ${PUBLISHED_ROWS_LIMIT}.`,
    );
  }
  const rows = await findPublishedRows(db, filters, format, role);
  const measures = await findMeasuresOfRows(
    db,
    rows.map((r) => r.id),
  );
  return { rows: toRowOut(rows, measures), total };
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
export async function getOutcomeShares(db: Db, filters: PublishedFilters): Promise<OutcomeSharesPoint[]> {
  const { rows } = await getPublishedRows(db, { ...filters, format: 'google-removals', role: 'figure' });
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

export async function getPublishedSources(db: Db): Promise<PublishedSourceFile[]> {
  const [files, coverage] = await Promise.all([findPublishedFiles(db), findFileCoverage(db)]);
  return files.map((f) => {
    const mine = coverage.filter((c) => c.file_id === f.id);
    return {
      id: f.id,
      publisher: f.publisher,
      format: f.format as PublishedFormat,
      fileName: f.file_name,
      sha256: f.sha256,
      importedAt: f.imported_at,
      retrievedAt: f.retrieved_at,
      rows: f.row_count,
      periodStart: f.period_start,
      periodEnd: f.period_end,
      jurisdictions: f.jurisdictions,
      platforms: mine.map((c) => c.platform).sort(),
      warnings: JSON.parse(f.warnings) as string[],
      restated: mine.reduce((n, c) => n + Number(c.superseded), 0),
      current: mine.reduce((n, c) => n + Number(c.current), 0),
    };
  });
}

export async function getPublishedChecks(db: Db): Promise<PublishedChecks> {
  const files = await findPublishedFiles(db);
  const checks = files.flatMap((f) =>
    (JSON.parse(f.warnings) as string[]).map((message) => ({
      publisher: f.publisher,
      format: f.format as PublishedFormat,
      fileName: f.file_name,
      message,
    })),
  );
  const { total, rows } = await findRestatements(db, RESTATEMENT_LIMIT);
  const restatements = rows.map((r) => ({
    publisher: r.publisher,
    format: r.format as PublishedFormat,
    key: r.stat_key,
    label: [r.jurisdiction_label, r.requester_label, r.product, r.reason_label].filter(Boolean).join(' · '),
    periodEnd: r.period_end,
    old: { requests: r.old_requests, items: r.old_items, fileName: r.old_file },
    new: { requests: r.new_requests, items: r.new_items, fileName: r.new_file },
  }));
  return { checks, restatements, moreRestatements: Math.max(0, total - rows.length) };
}
