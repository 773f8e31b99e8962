import { expect, test } from 'vitest';
import { relaxations } from './relax.data.ts';

test('one relaxation per active filter, each view without exactly that filter', () => {
  const search = { jurisdictions: ['KZ'], platforms: ['vk', 'x'], from: '2024-01-01', granularity: 'year' as const };
  expect(relaxations(search)).toEqual([
    {
      key: 'period',
      values: ['2024-01-01 to latest'],
      search: { jurisdictions: ['KZ'], platforms: ['vk', 'x'], granularity: 'year' },
    },
    {
      key: 'jurisdictions',
      values: ['KZ'],
      search: { platforms: ['vk', 'x'], from: '2024-01-01', granularity: 'year' },
    },
    {
      key: 'platforms',
      values: ['vk', 'x'],
      search: { jurisdictions: ['KZ'], from: '2024-01-01', granularity: 'year' },
    },
  ]);
  expect(relaxations({})).toEqual([]);
});
