import { expect, test } from 'vitest';
import { periodPresets, presetOf } from './period-presets.data.ts';

test('presets are inclusive day ranges ending today, then whole calendar years', () => {
  const presets = periodPresets('2026-11-28', 2024);
  expect(presets).toEqual([
    { id: 'all', label: 'All time' },
    { id: '12m', label: 'Last 12 months', from: '2025-11-29', to: '2026-11-28' },
    { id: '3y', label: 'Last 3 years', from: '2023-11-28', to: '2026-11-28' },
    { id: 'ytd', label: '2026 so far', from: '2026-01-01', to: '2026-11-28' },
    { id: '2025', label: '2025', from: '2025-01-01', to: '2025-12-31' },
    { id: '2024', label: '2024', from: '2024-01-01', to: '2024-12-31' },
  ]);
  expect(presetOf(presets)).toBe('all');
  expect(presetOf(presets, '2025-01-01', '2025-12-31')).toBe('2025');
  expect(presetOf(presets, '2025-02-01')).toBe('custom');
});
