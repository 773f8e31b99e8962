/**
 * Removal figures of one key (a period, split key or grid cell) from summed outcome measures: the
 * one place stats.outcomes and stats.outcomeGrid turn counts into rows, so the two always agree.
 */
import { rate } from '../../../shared/rates.ts';
import type { OutcomeRow } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { findPlatformSlugs } from '../../queries/catalog/platforms.ts';

export const OUTCOME_MEASURES = [
  'items',
  'n_pending',
  'n_removed_global',
  'n_restricted_local',
  'n_restricted_other',
] as const;

export type Counts = { items: number; pending: number; global: number; local: number; other: number };

export const noCounts = (): Counts => ({ items: 0, pending: 0, global: 0, local: 0, other: 0 });

/** Adds a summed row's outcome measures to `key`'s counts. */
export function addCounts(into: Map<string, Counts>, key: string, row: Record<string, number | string>): void {
  const c = into.get(key) ?? noCounts();
  c.items += Number(row.items);
  c.pending += Number(row.n_pending);
  c.global += Number(row.n_removed_global);
  c.local += Number(row.n_restricted_local);
  c.other += Number(row.n_restricted_other);
  into.set(key, c);
}

/** The counts of several keys together (a grid row from its cells). */
export function sumCounts(counts: Iterable<Counts>): Counts {
  const whole = noCounts();
  for (const c of counts) {
    whole.items += c.items;
    whole.pending += c.pending;
    whole.global += c.global;
    whole.local += c.local;
    whole.other += c.other;
  }
  return whole;
}

export function outcomeRow(key: string, c: Counts): OutcomeRow {
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
}

/** Split rows' order: most decided first, then by key. */
export const byDecided = (a: OutcomeRow, b: OutcomeRow) => b.decided - a.decided || a.key.localeCompare(b.key);

/** The catalogue dimensions a breakdown can be grouped by, and their aggregate column. */
export const DIMENSION_COLUMN = { agency: 'agency_id', platform: 'platform_id', jurisdiction: 'jurisdiction' } as const;
export type OutcomeDimension = keyof typeof DIMENSION_COLUMN;

/** Turns a dimension column's stored value into its public key (platform ids become slugs). */
export async function dimensionKeys(db: Db, dimensions: readonly OutcomeDimension[]) {
  const slugs = dimensions.includes('platform') ? await findPlatformSlugs(db) : undefined;
  return (dimension: OutcomeDimension, raw: unknown): string => {
    const value = String(raw);
    return dimension === 'platform' ? (slugs?.get(Number(raw)) ?? value) : value;
  };
}
