/** WHERE clauses of the published.* reads: current rows (not replaced) matching the filters. */
import type { ExpressionBuilder } from 'kysely';
import type { PublishedFilters } from '../../../shared/published.ts';
import type { Database } from '../../db/schema.ts';

type Eb = ExpressionBuilder<Database, 'published_stats'>;

/** A half-year (or any period) counts when it ends within from..to. */
export function publishedWhere(eb: Eb, filters: PublishedFilters) {
  const platforms = [...(filters.platforms ?? []), ...(filters.platform ? [filters.platform] : [])];
  const parts = [eb('published_stats.superseded_by', 'is', null)];
  if (filters.publisher) parts.push(eb('published_stats.publisher', '=', filters.publisher));
  if (platforms.length) parts.push(eb('published_stats.platform', 'in', platforms));
  if (filters.jurisdictions?.length) parts.push(eb('published_stats.jurisdiction', 'in', filters.jurisdictions));
  if (filters.from) parts.push(eb('published_stats.period_end', '>=', filters.from));
  if (filters.to) parts.push(eb('published_stats.period_end', '<=', filters.to));
  return eb.and(parts);
}
