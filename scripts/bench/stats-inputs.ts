/**
 * Random inputs for every read procedure, drawn from the benchmark database's own catalogue:
 * the oracles' generator, each list filter set with probability 0.2, a date range half the time, granularities
 * and splits at random (daily series only over ranges of at most a year, as a chart would draw).
 */

import type { Db } from '../../server/db/database.ts';
import { hasItemLevelFilters } from '../../server/queries/stats/filters.ts';
import { Rng } from '../../server/services/seed/rng.ts';
import { type FilterValues, randomFilters } from '../../server/test/random-filters.ts';
import { daysBetween } from '../../shared/periods.ts';
import type { Filters, Granularity } from '../../shared/stats.ts';

const FILTER_OPTIONS = { p: 0.2, maxSources: 1 };

export interface Call {
  procedure: string;
  input: unknown;
  /** The filters use content type or author kind (answered from the item-dimension tables). */
  itemLevel: boolean;
}

export async function catalogueValues(db: Db): Promise<FilterValues> {
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

function granularity(rng: Rng, f: Filters): Granularity {
  const short = f.from && f.to && daysBetween(f.from, f.to) <= 366;
  const choices: Granularity[] = short ? ['day', 'week', 'month'] : ['week', 'month', 'month', 'quarter', 'year'];
  return choices[rng.int(0, choices.length - 1)] as Granularity;
}

/** `combinations` filter sets, each with one call of every read procedure. */
export function randomCalls(seed: number, combinations: number, c: FilterValues): Call[][] {
  const rng = new Rng(seed);
  const oneOf = <T>(values: readonly T[]) => values[rng.int(0, values.length - 1)] as T;
  return Array.from({ length: combinations }, () => {
    const filters = randomFilters(rng, c, FILTER_OPTIONS);
    const itemLevel = hasItemLevelFilters(filters);
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
      // The Overview's heat table; fixed dimensions, so no draw shifts the other calls' inputs.
      call('stats.outcomeGrid', { filters, rows: 'jurisdiction', columns: 'platform', limit: 8 }),
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
