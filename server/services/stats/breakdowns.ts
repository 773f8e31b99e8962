/** stats.legalBases and stats.outcomes: removal figures per provision, category, agency, platform or period. */
import { periodOf, periodsBetween } from '../../../shared/periods.ts';
import { rate } from '../../../shared/rates.ts';
import type { BreakdownSplit, Filters, Granularity, LegalBasisRow, OutcomeRow } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { dataSpan, grainFor, sumItemMeasures } from '../../queries/stats/totals.ts';
import { basisSetKeys } from './basis-keys.ts';
import {
  addCounts,
  byDecided,
  type Counts,
  DIMENSION_COLUMN,
  dimensionKeys,
  noCounts,
  OUTCOME_MEASURES,
  outcomeRow,
} from './outcome-rows.ts';

/** Items by cited category or provision; a request citing several counts under each. Largest first. */
export async function getLegalBases(
  db: Db,
  filters: Filters,
  level: 'category' | 'provision',
  limit?: number,
): Promise<LegalBasisRow[]> {
  const { keysOf, labels } = await basisSetKeys(db, level);
  const totals = new Map<string, Counts>();
  for (const row of await sumItemMeasures(db, filters, OUTCOME_MEASURES, { groupBy: ['basis_set_id'] })) {
    for (const key of keysOf(Number(row.basis_set_id))) addCounts(totals, key, row);
  }
  const rows = [...totals.entries()].map(([key, c]) => {
    const decided = c.items - c.pending;
    const actioned = c.global + c.local + c.other;
    return {
      key,
      label: labels.get(key) ?? key,
      items: c.items,
      decided,
      actioned,
      removalRate: rate(actioned, decided),
    };
  });
  rows.sort((a, b) => b.items - a.items || a.key.localeCompare(b.key));
  return limit ? rows.slice(0, limit) : rows;
}

/** Removal rate (and global vs local) per period, or per split key. */
export async function getOutcomes(
  db: Db,
  filters: Filters,
  granularity?: Granularity,
  splitBy?: BreakdownSplit,
): Promise<OutcomeRow[]> {
  const totals = new Map<string, Counts>();
  if (splitBy === 'category' || splitBy === 'provision') {
    const { keysOf } = await basisSetKeys(db, splitBy);
    for (const row of await sumItemMeasures(db, filters, OUTCOME_MEASURES, { groupBy: ['basis_set_id'] })) {
      for (const key of keysOf(Number(row.basis_set_id))) addCounts(totals, key, row);
    }
  } else {
    const column = splitBy ? DIMENSION_COLUMN[splitBy] : 'day';
    const keyOf = splitBy ? await dimensionKeys(db, [splitBy]) : undefined;
    for (const row of await sumItemMeasures(db, filters, OUTCOME_MEASURES, {
      groupBy: [column],
      grain: splitBy ? 'month' : grainFor(granularity ?? 'month'),
    })) {
      const raw = row[column];
      addCounts(totals, splitBy && keyOf ? keyOf(splitBy, raw) : periodOf(String(raw), granularity ?? 'month'), row);
    }
  }
  if (!splitBy) {
    // Periods without items are present, as zeros.
    const span = await dataSpan(db, filters);
    const from = filters.from ?? span?.from;
    const to = filters.to ?? span?.to;
    if (from && to) {
      for (const period of periodsBetween(from, to, granularity ?? 'month')) {
        if (!totals.has(period)) totals.set(period, noCounts());
      }
    }
  }
  const rows = [...totals.entries()].map(([key, c]) => outcomeRow(key, c));
  return rows.sort(splitBy ? byDecided : (a, b) => a.key.localeCompare(b.key));
}
