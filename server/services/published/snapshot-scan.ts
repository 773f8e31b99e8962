/** Filtering and grouping of snapshot rows, as the SQL of server/queries/published/ does it. */
import type { PublishedFilters, PublishedRowOut } from '../../../shared/published.ts';
import type { GroupColumn, SummedRow } from '../../queries/published/read.ts';

/** The same test as SQL's publishedWhere (server/queries/published/filters.ts), on one row. */
export function matcher(filters: PublishedFilters): (row: PublishedRowOut) => boolean {
  const platforms = [...(filters.platforms ?? []), ...(filters.platform ? [filters.platform] : [])];
  const jurisdictions = filters.jurisdictions?.length ? filters.jurisdictions : undefined;
  return (row) =>
    (!filters.publisher || row.publisher === filters.publisher) &&
    (platforms.length === 0 || platforms.includes(row.platform)) &&
    (!jurisdictions || jurisdictions.includes(row.jurisdiction)) &&
    (!filters.from || row.periodEnd >= filters.from) &&
    (!filters.to || row.periodEnd <= filters.to);
}

export const FIELD: Record<GroupColumn | 'period_start' | 'period_end', keyof PublishedRowOut> = {
  period_start: 'periodStart',
  period_end: 'periodEnd',
  jurisdiction: 'jurisdiction',
  requester_kind: 'requesterKind',
  reason: 'reason',
  product: 'product',
  publisher: 'publisher',
  platform: 'platform',
};

/** SQL `sum`: null until a row gives a number. */
export const plus = (sum: number | null, value: number | null) => (value === null ? sum : (sum ?? 0) + value);

export type Tree = Map<unknown, Tree | SummedRow>;

/**
 * The group of `row` by `fields`, made on first sight and pushed to `found`: one Map level per
 * field, since a key string built per row cost several times the whole scan.
 */
export function groupOf(
  tree: Tree,
  row: PublishedRowOut,
  fields: readonly (keyof PublishedRowOut)[],
  found: SummedRow[],
) {
  let node = tree;
  for (let i = 0; i < fields.length - 1; i++) {
    const value = row[fields[i] as keyof PublishedRowOut];
    let next = node.get(value) as Tree | undefined;
    if (!next) {
      next = new Map();
      node.set(value, next);
    }
    node = next;
  }
  const last = fields.length ? row[fields[fields.length - 1] as keyof PublishedRowOut] : undefined;
  let group = node.get(last) as SummedRow | undefined;
  if (!group) {
    group = { requests: null, items: null, rows: 0 } as SummedRow;
    found.push(group);
    node.set(last, group);
  }
  return group;
}
