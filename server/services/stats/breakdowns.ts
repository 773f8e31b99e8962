/** stats.legalBases and stats.outcomes: removal figures per provision, category, agency, platform or period. */
import { periodOf, periodsBetween } from '../../../shared/periods.ts';
import { rate } from '../../../shared/rates.ts';
import type { BreakdownSplit, Filters, Granularity, LegalBasisRow, OutcomeRow } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { findPlatformSlugs } from '../../queries/catalog/platforms.ts';
import { dataSpan, grainFor, sumItemMeasures } from '../../queries/stats/totals.ts';
import { basisSetKeys } from './basis-keys.ts';

const OUTCOME_MEASURES = [
  'items',
  'n_pending',
  'n_removed_global',
  'n_restricted_local',
  'n_restricted_other',
] as const;
type Counts = { items: number; pending: number; global: number; local: number; other: number };

const add = (into: Map<string, Counts>, key: string, row: Record<string, number | string>) => {
  const c = into.get(key) ?? { items: 0, pending: 0, global: 0, local: 0, other: 0 };
  c.items += Number(row.items);
  c.pending += Number(row.n_pending);
  c.global += Number(row.n_removed_global);
  c.local += Number(row.n_restricted_local);
  c.other += Number(row.n_restricted_other);
  into.set(key, c);
};

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
    for (const key of keysOf(Number(row.basis_set_id))) add(totals, key, row);
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

const SPLIT_COLUMN = { agency: 'agency_id', platform: 'platform_id', jurisdiction: 'jurisdiction' } as const;

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
      for (const key of keysOf(Number(row.basis_set_id))) add(totals, key, row);
    }
  } else {
    const column = splitBy ? SPLIT_COLUMN[splitBy] : 'day';
    const slugs = splitBy === 'platform' ? await findPlatformSlugs(db) : undefined;
    for (const row of await sumItemMeasures(db, filters, OUTCOME_MEASURES, {
      groupBy: [column],
      grain: splitBy ? 'month' : grainFor(granularity ?? 'month'),
    })) {
      const raw = String(row[column]);
      add(totals, splitBy ? (slugs?.get(Number(raw)) ?? raw) : periodOf(raw, granularity ?? 'month'), row);
    }
  }
  if (!splitBy) {
    // Periods without items are present, as zeros.
    const span = await dataSpan(db, filters);
    const from = filters.from ?? span?.from;
    const to = filters.to ?? span?.to;
    if (from && to) {
      for (const period of periodsBetween(from, to, granularity ?? 'month')) {
        if (!totals.has(period)) totals.set(period, { items: 0, pending: 0, global: 0, local: 0, other: 0 });
      }
    }
  }
  const rows = [...totals.entries()].map(([key, c]) => {
    const decided = c.items - c.pending;
    const actioned = c.global + c.local + c.other;
    return {
      key,
      decided,
      actioned,
      removedGlobal: c.global,
      restrictedLocal: c.local,
      restrictedOther: c.other,
      removalRate: rate(actioned, decided),
      globalRemovalRate: rate(c.global, decided),
      localRestrictionRate: rate(c.local, decided),
    };
  });
  return rows.sort((a, b) =>
    splitBy ? b.decided - a.decided || a.key.localeCompare(b.key) : a.key.localeCompare(b.key),
  );
}
