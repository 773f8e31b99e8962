import { describe, expect, test } from 'vitest';
import { dsaCategoryLabel, publisherCoverage, sourceLine } from './published-common.data.ts';
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
    expect(sourceLine(files, ['google-removals', 'x-removals', 'dsa-orders'], ['google'])).toBe(
      'Google Transparency Report',
    );
  });
  test('DSA category codes read as words', () => {
    expect(dsaCategoryLabel('STATEMENT_CATEGORY_SCAMS_AND_FRAUD')).toBe('Scams and fraud');
    expect(dsaCategoryLabel('STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER')).toBe('Not specified in the order');
  });
});

describe('publisherCoverage', () => {
  test('names the half-years each publisher’s figure rows cover', () => {
    const file = (
      publisher: string,
      format: 'google-removals' | 'google-detailed' | 'x-removals' | 'dsa-orders',
      start: string,
      end: string,
    ) => ({
      publisher,
      format,
      periodStart: start,
      periodEnd: end,
    });
    expect(
      publisherCoverage([
        file('x', 'x-removals', '2017-07-01', '2017-12-31'),
        file('google', 'google-removals', '2019-01-01', '2025-06-30'),
        file('google', 'google-detailed', '2011-01-01', '2025-06-30'),
        file('x', 'x-removals', '2013-01-01', '2013-06-30'),
        file('meta', 'dsa-orders', '2025-07-01', '2025-12-31'),
        file('tiktok', 'dsa-orders', '2025-07-01', '2025-12-31'),
      ]),
    ).toBe(
      'X (formerly Twitter) 2013 H1, 2017 H2 · Google 2019 H1 to 2025 H1 · Meta (DSA) 2025 H2 · TikTok (DSA) 2025 H2',
    );
  });
});
