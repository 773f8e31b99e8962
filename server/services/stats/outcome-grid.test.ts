/**
 * stats.outcomeGrid against two independent answers on random data and filters: the heat table as
 * the dashboard used to assemble it (one stats.outcomes call per row), and a naive count over the
 * item tables. Runs on both engines.
 */
import { describe, expect, test } from 'vitest';
import { rate } from '../../../shared/rates.ts';
import { type Filters, type GridDimension, OutcomeGridInput, type OutcomeGridRow } from '../../../shared/stats.ts';
import type { TestDb } from '../../test/db.ts';
import type { FullRequest } from '../../test/naive-read.ts';
import { select } from '../../test/naive-stats.ts';
import { oracleData } from '../../test/oracle-fixture.ts';
import { getOutcomes } from './breakdowns.ts';
import { getOutcomeGrid } from './outcome-grid.ts';

const DIMENSIONS: GridDimension[] = ['agency', 'platform', 'jurisdiction'];
const PAIRS = DIMENSIONS.flatMap((r) => DIMENSIONS.filter((c) => c !== r).map((c) => [r, c] as const));
const FILTER_KEY = { agency: 'agencies', platform: 'platforms', jurisdiction: 'jurisdictions' } as const;
const ACTIONED = ['removed_global', 'restricted_local', 'restricted_other'];

/** The rows as the heat table used to fetch them: rank with one call, then one call per row. */
async function perRowOutcomes(
  t: TestDb,
  filters: Filters,
  rows: GridDimension,
  columns: GridDimension,
  limit: number,
): Promise<OutcomeGridRow[]> {
  const ranking = (await getOutcomes(t.db, filters, undefined, rows)).filter((r) => r.decided > 0).slice(0, limit);
  return Promise.all(
    ranking.map(async (r) => {
      const narrowed = { ...filters, [FILTER_KEY[rows]]: [rows === 'agency' ? Number(r.key) : r.key] };
      return { key: r.key, total: r.decided, columns: await getOutcomes(t.db, narrowed, undefined, columns) };
    }),
  );
}

/** Decided and actioned items per row and cell, counted item by item. */
function naiveCells(data: FullRequest[], filters: Filters, rows: GridDimension, columns: GridDimension) {
  const keyOf = (r: FullRequest, d: GridDimension) =>
    d === 'agency' ? String(r.agency_id) : d === 'platform' ? r.platform : r.jurisdiction;
  const cells = new Map<string, { decided: number; actioned: number }>();
  const totals = new Map<string, number>();
  for (const { r, i } of select(data, filters).items) {
    const row = keyOf(r as FullRequest, rows);
    const cell = `${row}|${keyOf(r as FullRequest, columns)}`;
    const c = cells.get(cell) ?? { decided: 0, actioned: 0 };
    if (i.outcome !== 'pending') c.decided++;
    if (ACTIONED.includes(i.outcome)) c.actioned++;
    cells.set(cell, c);
    totals.set(row, (totals.get(row) ?? 0) + (i.outcome !== 'pending' ? 1 : 0));
  }
  return { cells, totals };
}

describe.each([21, 22])('stats.outcomeGrid (seed %i)', (seed) => {
  const fixture = oracleData(seed, { count: 24, p: 0.25 });

  test('equals one stats.outcomes call per row, for every pair of dimensions', async () => {
    const { t, filters, rng } = fixture;
    let nonEmpty = 0;
    for (const f of filters) {
      for (const [rows, columns] of PAIRS) {
        const limit = rng.int(1, 12);
        const grid = await getOutcomeGrid(t.db, f, rows, columns, limit);
        expect(grid, `${rows} × ${columns} ${JSON.stringify(f)}`).toEqual(
          await perRowOutcomes(t, f, rows, columns, limit),
        );
        if (grid.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(filters.length);
  });

  test('agrees with a naive count of the items: ranking, decided and removal rate per cell', async () => {
    const { t, data, filters, rng } = fixture;
    for (const f of filters) {
      const [rows, columns] = PAIRS[rng.int(0, PAIRS.length - 1)] as (typeof PAIRS)[number];
      const { cells, totals } = naiveCells(data, f, rows, columns);
      const expectedRows = [...totals.entries()]
        .filter(([, decided]) => decided > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 8);
      const grid = await getOutcomeGrid(t.db, f, rows, columns, 8);
      expect(grid.map((r) => [r.key, r.total])).toEqual(expectedRows);
      for (const row of grid) {
        const expected = [...cells.entries()]
          .filter(([cell]) => cell.startsWith(`${row.key}|`))
          .map(([cell, c]) => ({ key: cell.slice(row.key.length + 1), ...c, removalRate: rate(c.actioned, c.decided) }))
          .sort((a, b) => b.decided - a.decided || a.key.localeCompare(b.key));
        expect(
          row.columns.map(({ key, decided, actioned, removalRate }) => ({ key, decided, actioned, removalRate })),
        ).toEqual(expected);
      }
    }
  });
});

test('the input names two different dimensions and bounds the rows', () => {
  expect(OutcomeGridInput.safeParse({ rows: 'platform', columns: 'platform' }).success).toBe(false);
  expect(OutcomeGridInput.safeParse({ rows: 'jurisdiction', columns: 'platform', limit: 101 }).success).toBe(false);
  expect(OutcomeGridInput.parse({ rows: 'jurisdiction', columns: 'platform' })).toMatchObject({ limit: 10 });
});
