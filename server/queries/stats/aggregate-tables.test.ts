import { describe, expect, test } from 'vitest';
import type { Filters } from '../../../shared/stats.ts';
import { chooseTable, type TableQuery } from './aggregate-tables.ts';

const name = (query: TableQuery) => chooseTable(query).name;
const items = (filters: Filters, grain: TableQuery['grain'], groupBy?: string[]) =>
  name({ carries: 'itemMeasures', filters, grain, groupBy });
const requests = (filters: Filters, grain: TableQuery['grain'], groupBy?: string[]) =>
  name({ carries: 'requests', filters, grain, groupBy });

const itemLevel: Filters = { contentTypes: ['post'] };

describe('chooseTable: the smallest table whose key covers the filters and the group-by', () => {
  test('request-dimension filters: the rollup of the grain (agg_daily also carries request counts)', () => {
    const filters: Filters = { jurisdictions: ['KZ'], platforms: ['facebook'], legalBases: [1], categories: ['other'] };
    for (const f of [{}, filters]) {
      expect([items(f, 'day'), items(f, 'week'), items(f, 'month')]).toEqual([
        'agg_daily',
        'agg_weekly',
        'agg_monthly',
      ]);
      expect([requests(f, 'day'), requests(f, 'week'), requests(f, 'month')]).toEqual([
        'agg_daily',
        'agg_weekly',
        'agg_monthly',
      ]);
    }
  });

  test('item-level filters: tables keyed by the item dimensions, or by profile sets for request counts', () => {
    for (const f of [itemLevel, { authorKinds: ['journalist'] }, { ...itemLevel, sources: ['a'] }] as Filters[]) {
      // No weekly table has them: a week is then read day by day.
      expect([items(f, 'day'), items(f, 'week'), items(f, 'month')]).toEqual([
        'agg_items',
        'agg_items',
        'agg_items_monthly',
      ]);
      expect([requests(f, 'day'), requests(f, 'week'), requests(f, 'month')]).toEqual([
        'agg_requests',
        'agg_requests',
        'agg_requests_monthly',
      ]);
    }
  });

  test('empty filter lists are no filters', () => {
    expect(items({ contentTypes: [], from: '2024-01-01' }, 'month')).toBe('agg_monthly');
  });

  test('the group-by counts like a filter; `day` is in every table', () => {
    expect(items({}, 'month', ['day', 'basis_set_id'])).toBe('agg_monthly');
    expect(items({}, 'month', ['content_type'])).toBe('agg_items_monthly');
    expect(items({}, 'week', ['day', 'author_kind'])).toBe('agg_items');
    expect(requests({}, 'day', ['profile_set_id'])).toBe('agg_requests');
  });

  test('throws when no table can answer', () => {
    expect(() => requests({}, 'month', ['content_type'])).toThrow(/no aggregate table of requests/);
    expect(() => items({}, 'day', ['profile_set_id'])).toThrow(/profile_set_id/);
    expect(() => items({}, 'day', ['submitted_at'])).toThrow();
  });
});
