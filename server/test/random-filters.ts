/**
 * Random `filters` objects drawn from a dataset's own values: for the stats oracles (values from
 * the naive dataset) and for `npm run bench` (values from the benchmark database's catalogue).
 */
import { AUTHOR_KINDS, CHANNELS, CONTENT_TYPES, LEGAL_CATEGORIES } from '../../shared/enums.ts';
import type { Filters } from '../../shared/stats.ts';
import type { Rng } from '../services/seed/rng.ts';
import type { NaiveRequest } from './naive-stats.ts';

/** 1 to `max` values (possibly repeated) drawn from `values`. */
export function pickSome<T>(rng: Rng, values: readonly T[], max = 3): T[] {
  const n = rng.int(1, Math.min(max, values.length));
  return Array.from({ length: n }, () => values[rng.int(0, values.length - 1)] as T);
}

/** The values each catalogue-level filter may take. */
export interface FilterValues {
  jurisdictions: readonly string[];
  agencies: readonly number[];
  platforms: readonly string[];
  legalBases: readonly number[];
  sources: readonly string[];
}

export interface FilterOptions {
  /** Chance that each list filter is set. */
  p: number;
  maxSources: number;
}

/** Filter values present in a naive dataset. */
export function valuesOf(data: NaiveRequest[], legalBases: number[], sources: readonly string[]): FilterValues {
  return {
    jurisdictions: [...new Set(data.map((r) => r.jurisdiction))],
    agencies: [...new Set(data.map((r) => r.agency_id))],
    platforms: [...new Set(data.map((r) => r.platform))],
    legalBases,
    sources,
  };
}

export function randomFilters(rng: Rng, values: FilterValues, options: FilterOptions): Filters {
  const f: Filters = {};
  const day = () =>
    `20${rng.int(19, 25)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  if (rng.chance(0.5)) {
    const [a, b] = [day(), day()].sort() as [string, string];
    if (rng.chance(0.8)) f.from = a;
    if (rng.chance(0.8)) f.to = b;
  }
  const { p } = options;
  if (rng.chance(p)) f.jurisdictions = pickSome(rng, values.jurisdictions);
  if (rng.chance(p)) f.agencies = pickSome(rng, values.agencies);
  if (rng.chance(p)) f.platforms = pickSome(rng, values.platforms);
  if (rng.chance(p)) f.channels = pickSome(rng, CHANNELS);
  if (rng.chance(p)) f.categories = pickSome(rng, LEGAL_CATEGORIES, 4);
  if (rng.chance(p)) f.legalBases = pickSome(rng, values.legalBases);
  if (rng.chance(p)) f.contentTypes = pickSome(rng, CONTENT_TYPES, 4);
  if (rng.chance(p)) f.authorKinds = pickSome(rng, AUTHOR_KINDS, 4);
  if (rng.chance(p)) f.sources = pickSome(rng, values.sources, options.maxSources);
  return f;
}
