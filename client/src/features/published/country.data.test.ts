import { describe, expect, test } from 'vitest';
import type { PublishedRowOut } from '../../../../shared/published.ts';
import {
  dsaCountryTable,
  EU_MEMBER_STATES,
  googleRequesterTable,
  requesterTotals,
  xCountryTable,
} from './country.data.ts';

let id = 0;
const row = (patch: Partial<PublishedRowOut>): PublishedRowOut => ({
  id: ++id,
  publisher: 'google',
  format: 'google-removals',
  role: 'figure',
  platform: 'google',
  service: null,
  jurisdiction: 'KZ',
  jurisdictionLabel: 'Kazakhstan',
  periodStart: '2021-01-01',
  periodEnd: '2021-06-30',
  requesterKind: 'regulator',
  requesterLabel: 'Information and Communications Authority',
  reason: null,
  reasonLabel: null,
  reasonCode: null,
  product: null,
  section: null,
  indicator: null,
  requests: 79,
  items: 30833,
  measures: {},
  ...patch,
});

describe('googleRequesterTable', () => {
  test('latest half-year first, then most requests; Google’s label verbatim with our kind; shares as published', () => {
    const table = googleRequesterTable([
      row({ measures: { pct_no_action: { value: 99, unit: 'percent' } } }),
      row({
        periodStart: '2021-07-01',
        periodEnd: '2021-12-31',
        requesterLabel: 'Police',
        requesterKind: 'police',
        requests: 4,
      }),
      row({ periodStart: '2021-07-01', periodEnd: '2021-12-31', requests: 70, items: 36643 }),
    ]);
    expect(table.rows.map((r) => [r.period, r.requester, r.requests])).toEqual([
      ['2021 H2', 'Information and Communications Authority', 70],
      ['2021 H2', 'Police', 4],
      ['2021 H1', 'Information and Communications Authority', 79],
    ]);
    expect(table.rows[2]).toMatchObject({ kind: 'Regulators', pct_no_action: 99, pct_removed_legal: null });
    const noAction = table.columns.find((c) => c.key === 'pct_no_action');
    expect([noAction?.format?.(99), noAction?.format?.(null)]).toEqual(['99%', '—']);
  });
  test('totals per requester label over the half-years', () => {
    expect(
      requesterTotals([
        row({}),
        row({ requests: 1, items: 1 }),
        row({ requesterLabel: 'Police', requests: 90, items: 2 }),
      ]),
    ).toEqual([
      { label: 'Police', requests: 90, items: 2 },
      { label: 'Information and Communications Authority', requests: 80, items: 30834 },
    ]);
  });
});

describe('xCountryTable and dsaCountryTable', () => {
  test('X: "-" stays no figure, never 0', () => {
    const table = xCountryTable([
      row({
        publisher: 'x',
        format: 'x-removals',
        requests: null,
        items: null,
        measures: { tweets_withheld: { value: null, unit: 'count' } },
      }),
    ]);
    expect(table.rows[0]).toMatchObject({ requests: null, items: null, tweets_withheld: null });
  });
  test('DSA: median times keep the unit as stored', () => {
    const table = dsaCountryTable([
      row({
        format: 'dsa-orders',
        platform: 'facebook',
        jurisdiction: 'DE',
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
        measures: { median_time_to_effect_act: { value: 19.5, unit: 'unstated' } },
      }),
    ]);
    expect(table.rows[0]).toMatchObject({
      service: 'Facebook',
      period: '2025 H2',
      median_time_to_effect_act: '19.5 (unit not stated)',
    });
    expect(EU_MEMBER_STATES.has('GR')).toBe(true);
    expect(EU_MEMBER_STATES.size).toBe(27);
  });
});
