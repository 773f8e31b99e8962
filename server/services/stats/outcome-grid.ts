/**
 * stats.outcomeGrid: the jurisdiction × platform heat table (or any two of agency, platform,
 * jurisdiction) from one grouped sum, instead of one stats.outcomes call per row. Each row equals
 * stats.outcomes split by the column dimension with the filters narrowed to that row's key.
 */
import type { Filters, GridDimension, OutcomeGridRow } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { sumItemMeasures } from '../../queries/stats/totals.ts';
import {
  addCounts,
  byDecided,
  type Counts,
  DIMENSION_COLUMN,
  dimensionKeys,
  OUTCOME_MEASURES,
  outcomeRow,
  sumCounts,
} from './outcome-rows.ts';

/** The `limit` row keys with most decided items (none without), each with its column breakdown. */
export async function getOutcomeGrid(
  db: Db,
  filters: Filters,
  rows: GridDimension,
  columns: GridDimension,
  limit: number,
): Promise<OutcomeGridRow[]> {
  const rowColumn = DIMENSION_COLUMN[rows];
  const colColumn = DIMENSION_COLUMN[columns];
  const keyOf = await dimensionKeys(db, [rows, columns]);
  const cells = new Map<string, Map<string, Counts>>();
  const summed = await sumItemMeasures(db, filters, OUTCOME_MEASURES, { groupBy: [rowColumn, colColumn] });
  for (const row of summed) {
    const rowKey = keyOf(rows, row[rowColumn]);
    const inRow = cells.get(rowKey) ?? new Map<string, Counts>();
    cells.set(rowKey, inRow);
    addCounts(inRow, keyOf(columns, row[colColumn]), row);
  }
  const ranked = [...cells.entries()].map(([key, inRow]) => ({
    row: outcomeRow(key, sumCounts(inRow.values())),
    inRow,
  }));
  return ranked
    .filter(({ row }) => row.decided > 0)
    .sort((a, b) => byDecided(a.row, b.row))
    .slice(0, limit)
    .map(({ row, inRow }) => ({
      key: row.key,
      total: row.decided,
      columns: [...inRow.entries()].map(([key, c]) => outcomeRow(key, c)).sort(byDecided),
    }));
}
