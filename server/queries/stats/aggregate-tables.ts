/**
 * The aggregate tables and what each can answer. All share `day` and the request dimensions;
 * monthly tables store the month's first day in `day`. Item-level filters (content type, author
 * kind) need a table keyed by them (item measures) or by the request's profile set (requests).
 */
export const REQUEST_DIMENSIONS = [
  'source_id',
  'jurisdiction',
  'agency_id',
  'platform_id',
  'channel',
  'basis_set_id',
] as const;

export type Grain = 'day' | 'week' | 'month';

export interface AggregateTable {
  name:
    | 'agg_items'
    | 'agg_requests'
    | 'agg_daily'
    | 'agg_weekly'
    | 'agg_monthly'
    | 'agg_items_monthly'
    | 'agg_requests_monthly';
  grain: Grain;
  /** Key columns after `day` and the request dimensions. */
  extraKey: readonly ('content_type' | 'author_kind' | 'profile_set_id')[];
  /** Holds the item measures (measures.ts ITEM_MEASURES). */
  itemMeasures: boolean;
  /** Holds a `requests` count. */
  requests: boolean;
}

const ITEM_KEY = ['content_type', 'author_kind'] as const;
const PROFILE_KEY = ['profile_set_id'] as const;

export const AGGREGATE_TABLES = {
  items: { name: 'agg_items', grain: 'day', extraKey: ITEM_KEY, itemMeasures: true, requests: false },
  requests: { name: 'agg_requests', grain: 'day', extraKey: PROFILE_KEY, itemMeasures: false, requests: true },
  daily: { name: 'agg_daily', grain: 'day', extraKey: [], itemMeasures: true, requests: true },
  weekly: { name: 'agg_weekly', grain: 'week', extraKey: [], itemMeasures: true, requests: true },
  monthly: { name: 'agg_monthly', grain: 'month', extraKey: [], itemMeasures: true, requests: true },
  itemsMonthly: { name: 'agg_items_monthly', grain: 'month', extraKey: ITEM_KEY, itemMeasures: true, requests: false },
  requestsMonthly: {
    name: 'agg_requests_monthly',
    grain: 'month',
    extraKey: PROFILE_KEY,
    itemMeasures: false,
    requests: true,
  },
} as const satisfies Record<string, AggregateTable>;

const T = AGGREGATE_TABLES;

/**
 * The smallest table holding item measures at `grain` that can apply the filters (item-level
 * filters have no weekly table: a week is then read day by day).
 */
export function itemTableFor(grain: Grain, itemLevelFilters: boolean): AggregateTable {
  if (itemLevelFilters) return grain === 'month' ? T.itemsMonthly : T.items;
  return grain === 'month' ? T.monthly : grain === 'week' ? T.weekly : T.daily;
}

/** The smallest table holding request counts at `grain` that can apply the filters. */
export function requestTableFor(grain: Grain, itemLevelFilters: boolean): AggregateTable {
  if (itemLevelFilters) return grain === 'month' ? T.requestsMonthly : T.requests;
  return grain === 'month' ? T.monthly : grain === 'week' ? T.weekly : T.daily;
}
