import { describe, expect, test } from 'vitest';
import type { OutcomeSharesPoint } from '../../../shared/published.ts';
import { SHARE_KEYS, sharesChartData } from './published-shares.data.ts';

const shares = (legal: number, policy: number, noAction: number) => ({
  pct_removed_legal: legal,
  pct_removed_policy: policy,
  pct_content_not_found: 0,
  pct_not_enough_information: 0,
  pct_no_action: noAction,
  pct_already_removed: 0,
});

describe('sharesChartData', () => {
  test('bars are scaled to 100 %; the table keeps the shares as computed and their sum', () => {
    const points: OutcomeSharesPoint[] = [
      { periodStart: '2021-01-01', periodEnd: '2021-06-30', items: 200, shares: shares(0.5, 0.2, 0.31) },
    ];
    const data = sharesChartData(points);
    const bar = data.rows[0] as Record<string, number>;
    const drawn = SHARE_KEYS.reduce((s, k) => s + (bar[k.key] ?? 0), 0);
    expect(drawn).toBeCloseTo(100, 10);
    expect(bar.pct_removed_legal).toBeCloseTo((0.5 / 1.01) * 100, 10);
    expect(data.table.rows[0]).toMatchObject({ period: '2021 H1', pct_removed_legal: 50, pct_no_action: 31 });
    expect(data.table.rows[0]?.sum).toBeCloseTo(101, 10);
    expect(data.items).toBe(200);
  });

  test('a half-year without items or shares is left out', () => {
    const none = { ...shares(0, 0, 0), pct_removed_legal: null, pct_removed_policy: null, pct_no_action: null };
    const data = sharesChartData([
      { periodStart: '2021-07-01', periodEnd: '2021-12-31', items: 0, shares: shares(0, 0, 0) },
      {
        periodStart: '2022-01-01',
        periodEnd: '2022-06-30',
        items: 5,
        shares: { ...none, pct_content_not_found: null, pct_not_enough_information: null, pct_already_removed: null },
      },
    ]);
    expect(data.rows).toEqual([]);
    expect(data.items).toBe(0);
  });

  test('every share has the colour of the matching outcome of our own records', () => {
    const colour = Object.fromEntries(SHARE_KEYS.map((k) => [k.key, k.colour]));
    expect(colour.pct_removed_policy).toBe('#D55E00');
    expect(colour.pct_no_action).toBe('#009E73');
    expect(new Set(Object.values(colour)).size).toBe(6);
  });
});
