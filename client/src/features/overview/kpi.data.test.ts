import { expect, test } from 'vitest';
import type { Overview, OverviewFigures } from '../../../../shared/stats.ts';
import { kpis } from './kpi.data.ts';

const figures = (over: Partial<OverviewFigures>): OverviewFigures => ({
  requests: 0,
  items: 0,
  decided: 0,
  actioned: 0,
  removedGlobal: 0,
  restrictedLocal: 0,
  restrictedOther: 0,
  removalRate: null,
  medianHoursToDecision: null,
  p90HoursToDecision: null,
  appealed: 0,
  appealRate: null,
  appealsDecided: 0,
  reversed: 0,
  reversalRate: null,
  ...over,
});

test('five tiles, formatted, each compared with the previous period', () => {
  const overview: Overview = {
    ...figures({ requests: 1120, items: 2000, removalRate: 0.55, medianHoursToDecision: 57.6, reversalRate: null }),
    period: { from: '2023-01-01', to: '2023-12-31' },
    previous: {
      ...figures({ requests: 1000, items: 2000, removalRate: 0.5, medianHoursToDecision: 72, reversalRate: 0.2 }),
      period: { from: '2022-01-01', to: '2022-12-31' },
    },
  };
  const tiles = kpis(overview);
  expect(tiles.map((t) => [t.label, t.value, t.change.text])).toEqual([
    ['Requests', '1,120', '▲ 12.0%'],
    ['Items', '2,000', 'no change'],
    ['Removal rate', '55.0%', '▲ 5.0 pts'],
    ['Median time to decision', '2.4 days', '▼ 20.0%'],
    ['Appeal reversal rate', '—', 'no earlier figure to compare'],
  ]);
  expect(tiles[0]?.against).toBe('vs 2022-01-01 to 2022-12-31');
  expect(tiles[2]?.definition).toMatch(/decided items/);
});
