import { describe, expect, test } from 'vitest';
import {
  completeDashboardSearch,
  type DashboardSearch,
  filtersOf,
  parseDashboardSearch,
  serializeDashboardSearch,
  viewOf,
} from './dashboard-search.ts';
import { Filters } from './stats.ts';

describe('dashboard URL state', () => {
  test('lists are comma-separated and typed; ids become numbers', () => {
    const { search, dropped } = parseDashboardSearch({
      jurisdictions: 'KZ,RU',
      agencies: '8',
      platforms: 'facebook',
      categories: 'national_security,fraud',
      from: '2022-01-01',
      to: '2023-12-31',
      granularity: 'quarter',
      split: 'platform',
      embed: '1',
    });
    expect(dropped).toEqual([]);
    expect(search).toEqual({
      jurisdictions: ['KZ', 'RU'],
      agencies: [8],
      platforms: ['facebook'],
      categories: ['national_security', 'fraud'],
      from: '2022-01-01',
      to: '2023-12-31',
      granularity: 'quarter',
      split: 'platform',
      embed: 1,
    });
  });

  test('invalid values are dropped and reported, the rest is kept', () => {
    const { search, dropped } = parseDashboardSearch({
      jurisdictions: 'KZ,not a code',
      agencies: 'x,3',
      granularity: 'fortnight',
      from: '2023-02-30',
      channels: 'court_order,carrier_pigeon',
    });
    expect(search).toEqual({ jurisdictions: ['KZ'], agencies: [3], channels: ['court_order'] });
    expect(dropped).toEqual(
      expect.arrayContaining(['granularity=fortnight', 'from=2023-02-30', 'agencies=x', 'channels=carrier_pigeon']),
    );
  });

  test('one view, one address: keys in a fixed order, unknown keys left out', () => {
    const a = serializeDashboardSearch({ platforms: ['vk'], from: '2022-01-01', jurisdictions: ['KZ'] });
    const b = serializeDashboardSearch({
      jurisdictions: ['KZ'],
      platforms: ['vk'],
      from: '2022-01-01',
      utm_source: 'x',
    } as DashboardSearch);
    expect(Object.entries(a)).toEqual([
      ['from', '2022-01-01'],
      ['jurisdictions', 'KZ'],
      ['platforms', 'vk'],
    ]);
    expect(Object.entries(b)).toEqual(Object.entries(a));
  });

  test('the complete form names every key, so merging it over the raw query drops invalid raw values', () => {
    const raw = { granularity: 'fortnight', jurisdictions: 'KZ,XX1' };
    const merged: Record<string, unknown> = { ...raw, ...completeDashboardSearch(raw) };
    expect(merged.granularity).toBeUndefined();
    expect(merged.jurisdictions).toEqual(['KZ']);
    expect(serializeDashboardSearch(merged)).toEqual({ jurisdictions: 'KZ' });
  });

  test('a reversed date range keeps the start and drops the end', () => {
    const { search, dropped } = parseDashboardSearch({ from: '2024-01-01', to: '2023-01-01' });
    expect(search).toEqual({ from: '2024-01-01' });
    expect(dropped).toEqual(['to=2023-01-01']);
  });

  test('serialising then parsing gives the same state (the link reproduces the view)', () => {
    const state = {
      jurisdictions: ['KZ'],
      legalBases: [1, 2],
      sources: ['demo-synthetic'],
      q: 'discord',
      sort: 'oldest' as const,
      item: 42,
    };
    const query = serializeDashboardSearch(state);
    expect(query).toEqual({
      jurisdictions: 'KZ',
      legalBases: '1,2',
      sources: 'demo-synthetic',
      q: 'discord',
      sort: 'oldest',
      item: '42',
    });
    expect(parseDashboardSearch(query).search).toEqual(state);
  });

  test('filters are exactly what the stats API accepts, without the page-only parts', () => {
    const { search } = parseDashboardSearch({ jurisdictions: 'KZ', from: '2022-01-01', q: 'x', granularity: 'year' });
    const filters = filtersOf(search);
    expect(filters).toEqual({ jurisdictions: ['KZ'], from: '2022-01-01' });
    expect(Filters.safeParse(filters).success).toBe(true);
    expect(viewOf({ ...search, embed: 1, item: 3 })).toEqual({
      jurisdictions: ['KZ'],
      from: '2022-01-01',
      granularity: 'year',
    });
  });
});
