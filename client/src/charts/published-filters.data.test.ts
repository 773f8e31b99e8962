import { describe, expect, test } from 'vitest';
import { dsaCategoryLabel, sourceLine } from './published-common.data.ts';
import {
  googleProductsFiltered,
  publishedFiltersOf,
  publishedSplitOf,
  publishedView,
  unappliedFilters,
} from './published-filters.data.ts';

const search = {
  from: '2021-01-01',
  to: '2023-12-31',
  jurisdictions: ['KZ'],
  platforms: ['youtube'],
  agencies: [3],
  categories: ['privacy' as const],
  granularity: 'quarter' as const,
};

describe('published filters', () => {
  test('period, jurisdictions and platforms carry over; nothing else does', () => {
    expect(publishedFiltersOf(search)).toEqual({
      from: '2021-01-01',
      to: '2023-12-31',
      jurisdictions: ['KZ'],
      platforms: ['youtube'],
    });
    expect(publishedFiltersOf({})).toEqual({});
    expect(publishedView(search)).toEqual(publishedFiltersOf(search));
  });
  test('the filters that are not applied are named, in filter-bar order', () => {
    expect(unappliedFilters(search)).toEqual(['agencies', 'categories']);
    expect(unappliedFilters({ jurisdictions: ['KZ'] })).toEqual([]);
  });
  test('a Google product filtered on without google itself is reported', () => {
    expect(googleProductsFiltered(search)).toEqual(['youtube']);
    expect(googleProductsFiltered({ platforms: ['youtube', 'google'] })).toEqual([]);
    expect(googleProductsFiltered({ platforms: ['x'] })).toEqual([]);
  });
  test('the Overview split means the matching published split', () => {
    expect(publishedSplitOf('category')).toBe('reason');
    expect(publishedSplitOf('agency')).toBe('requesterKind');
    expect(publishedSplitOf('platform')).toBe('publisher');
    expect(publishedSplitOf('outcome')).toBeUndefined();
    expect(publishedSplitOf(undefined)).toBeUndefined();
  });
});

describe('labels', () => {
  test('source line names the reports of the formats drawn', () => {
    const files = [
      { publisher: 'google', format: 'google-removals' as const },
      { publisher: 'google', format: 'google-detailed' as const },
      { publisher: 'x', format: 'x-removals' as const },
      { publisher: 'meta', format: 'dsa-orders' as const },
      { publisher: 'tiktok', format: 'dsa-orders' as const },
    ];
    expect(sourceLine(files, ['google-removals', 'google-detailed', 'x-removals'])).toBe(
      'Google Transparency Report · X (formerly Twitter) Transparency Report',
    );
    expect(sourceLine(files, ['dsa-orders'])).toBe('Meta, TikTok DSA transparency reports');
    expect(sourceLine(files, ['dsa-complaints'])).toBe('');
  });
  test('DSA category codes read as words', () => {
    expect(dsaCategoryLabel('STATEMENT_CATEGORY_SCAMS_AND_FRAUD')).toBe('Scams and fraud');
    expect(dsaCategoryLabel('STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER')).toBe('Not specified in the order');
  });
});
