/**
 * Random inputs for every read procedure, drawn from the benchmark database's own catalogue:
 * each list filter is set with probability P_FILTER, a date range half the time, granularities
 * and splits at random (daily series only over ranges of at most a year, as a chart would draw).
 */

import type { Db } from '../../server/db/database.ts';
import { Rng } from '../../server/services/seed/rng.ts';
import { AUTHOR_KINDS, CHANNELS, CONTENT_TYPES, LEGAL_CATEGORIES } from '../../shared/enums.ts';
import { daysBetween } from '../../shared/periods.ts';
import type { Filters, Granularity } from '../../shared/stats.ts';

const P_FILTER = 0.2;

export interface Call {
  procedure: string;
  input: unknown;
  /** The filters use content type or author kind (answered from the item-dimension tables). */
  itemLevel: boolean;
}

function pick<T>(rng: Rng, values: readonly T[], max = 3): T[] {
  const n = rng.int(1, Math.min(max, values.length));
  return [...new Set(Array.from({ length: n }, () => values[rng.int(0, values.length - 1)] as T))];
}

export async function catalogueValues(db: Db) {
  const [jurisdictions, agencies, platforms, bases, sources] = await Promise.all([
    db.selectFrom('agencies').select('jurisdiction').distinct().execute(),
    db.selectFrom('agencies').select('id').execute(),
    db.selectFrom('platforms').select('slug').execute(),
    db.selectFrom('legal_bases').select('id').execute(),
    db.selectFrom('sources').select('name').execute(),
  ]);
  return {
    jurisdictions: jurisdictions.map((r) => r.jurisdiction),
    agencies: agencies.map((r) => r.id),
    platforms: platforms.map((r) => r.slug),
    legalBases: bases.map((r) => r.id),
    sources: sources.map((r) => r.name),
  };
}

type Catalogue = Awaited<ReturnType<typeof catalogueValues>>;

function randomFilters(rng: Rng, c: Catalogue): Filters {
  const f: Filters = {};
  const day = () =>
    `20${rng.int(19, 25)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  if (rng.chance(0.5)) {
    const [a, b] = [day(), day()].sort() as [string, string];
    if (rng.chance(0.8)) f.from = a;
    if (rng.chance(0.8)) f.to = b;
  }
  if (rng.chance(P_FILTER)) f.jurisdictions = pick(rng, c.jurisdictions);
  if (rng.chance(P_FILTER)) f.agencies = pick(rng, c.agencies);
  if (rng.chance(P_FILTER)) f.platforms = pick(rng, c.platforms);
  if (rng.chance(P_FILTER)) f.channels = pick(rng, CHANNELS);
  if (rng.chance(P_FILTER)) f.categories = pick(rng, LEGAL_CATEGORIES);
  if (rng.chance(P_FILTER)) f.legalBases = pick(rng, c.legalBases);
  if (rng.chance(P_FILTER)) f.contentTypes = pick(rng, CONTENT_TYPES);
  if (rng.chance(P_FILTER)) f.authorKinds = pick(rng, AUTHOR_KINDS);
  if (rng.chance(P_FILTER)) f.sources = pick(rng, c.sources, 1);
  return f;
}

function granularity(rng: Rng, f: Filters): Granularity {
  const short = f.from && f.to && daysBetween(f.from, f.to) <= 366;
  const choices: Granularity[] = short ? ['day', 'week', 'month'] : ['week', 'month', 'month', 'quarter', 'year'];
  return choices[rng.int(0, choices.length - 1)] as Granularity;
}

/** `combinations` filter sets, each with one call of every read procedure. */
export function randomCalls(seed: number, combinations: number, c: Catalogue): Call[][] {
  const rng = new Rng(seed);
  const oneOf = <T>(values: readonly T[]) => values[rng.int(0, values.length - 1)] as T;
  return Array.from({ length: combinations }, () => {
    const filters = randomFilters(rng, c);
    const itemLevel = Boolean(filters.contentTypes || filters.authorKinds);
    const call = (procedure: string, input: unknown): Call => ({ procedure, input, itemLevel });
    return [
      call('stats.overview', { filters }),
      call('stats.volume', {
        filters,
        granularity: granularity(rng, filters),
        ...(rng.chance(0.5)
          ? { splitBy: oneOf(['outcome', 'category', 'jurisdiction', 'agency', 'platform', 'channel']) }
          : {}),
      }),
      call('stats.legalBases', { filters, level: oneOf(['category', 'provision']) }),
      call(
        'stats.outcomes',
        rng.chance(0.5)
          ? { filters, granularity: granularity(rng, filters) }
          : { filters, splitBy: oneOf(['agency', 'platform', 'jurisdiction', 'category', 'provision']) },
      ),
      call('stats.appeals', { filters, granularity: granularity(rng, filters) }),
      call('stats.timeToDecision', { filters }),
      call('items.list', {
        filters,
        limit: 50,
        ...(rng.chance(0.3) ? { search: oneOf(['extremism', 'ministry', 'false', 'article']) } : {}),
      }),
      call('catalog.agencies', filters.jurisdictions ? { jurisdictions: filters.jurisdictions } : {}),
      call('catalog.legalBases', filters.jurisdictions ? { jurisdictions: filters.jurisdictions } : {}),
    ];
  });
}
