/**
 * The dashboard's view state → the filters published statistics can follow (period, jurisdiction,
 * platform), and the ones they cannot, which pages name instead of silently dropping.
 */
import { type DashboardSearch, LIST_FILTER_KEYS, type ListFilterKey } from '../../../shared/dashboard-search.ts';
import type { PublishedFilters, PublishedSplit } from '../../../shared/published.ts';
import type { VolumeSplit } from '../../../shared/stats.ts';

/** List filters that describe single records; publishers give no such breakdown. */
export const UNAPPLIED_KEYS: readonly ListFilterKey[] = LIST_FILTER_KEYS.filter(
  (k) => k !== 'jurisdictions' && k !== 'platforms',
);

export function publishedFiltersOf(search: DashboardSearch): PublishedFilters {
  const filters: PublishedFilters = {};
  if (search.from) filters.from = search.from;
  if (search.to) filters.to = search.to;
  if (search.jurisdictions?.length) filters.jurisdictions = search.jurisdictions;
  if (search.platforms?.length) filters.platforms = search.platforms;
  return filters;
}

/** The view as published figures see it: for view sentences and for "remove this filter" hints. */
export function publishedView(search: DashboardSearch): DashboardSearch {
  const { from, to, jurisdictions, platforms } = search;
  return Object.fromEntries(
    Object.entries({ from, to, jurisdictions, platforms }).filter(([, v]) => v !== undefined),
  ) as DashboardSearch;
}

/** Filters set in the view that published figures do not follow, in filter-bar order. */
export function unappliedFilters(search: DashboardSearch): ListFilterKey[] {
  return UNAPPLIED_KEYS.filter((k) => (search[k]?.length ?? 0) > 0);
}

/** Item-level platforms whose requests Google reports under its one platform, `google`. */
const GOOGLE_PRODUCTS = ['youtube', 'blogger', 'gmail', 'google_maps', 'google-maps', 'google_play', 'google-play'];

/** Google-family platforms filtered on without `google` itself: Google's figures are then left out. */
export function googleProductsFiltered(search: DashboardSearch): string[] {
  const platforms = search.platforms ?? [];
  return platforms.includes('google') ? [] : platforms.filter((p) => GOOGLE_PRODUCTS.includes(p));
}

/**
 * The Overview's "stack by" value read on the Platform reports page, so the split lives in the
 * URL like every other choice: legal category → reason, agency → requester kind, platform → publisher.
 */
const SPLITS: Partial<Record<VolumeSplit, PublishedSplit>> = {
  jurisdiction: 'jurisdiction',
  agency: 'requesterKind',
  category: 'reason',
  platform: 'publisher',
};

export function publishedSplitOf(split: VolumeSplit | undefined): PublishedSplit | undefined {
  return split ? SPLITS[split] : undefined;
}

/** The control's choices: the URL value and what it means for published figures. */
export const SPLIT_CHOICES: { value: VolumeSplit; label: string }[] = [
  { value: 'jurisdiction', label: 'country' },
  { value: 'agency', label: 'requester kind' },
  { value: 'category', label: 'reason (breakdown rows)' },
  { value: 'platform', label: 'publisher' },
];
