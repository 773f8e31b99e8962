import { describe, expect, test } from 'vitest';
import type { PublishedRowOut } from '../../../shared/published.ts';
import { dsaCategoriesData, dsaMedianRows, dsaStatesData } from './published-dsa.data.ts';

let id = 0;
function row(patch: Partial<PublishedRowOut>): PublishedRowOut {
  return {
    id: ++id,
    publisher: 'meta',
    format: 'dsa-orders',
    role: 'figure',
    platform: 'facebook',
    service: 'Facebook',
    jurisdiction: 'DE',
    jurisdictionLabel: 'DE',
    periodStart: '2025-07-01',
    periodEnd: '2025-12-31',
    requesterKind: null,
    requesterLabel: null,
    reason: null,
    reasonLabel: null,
    reasonCode: 'TOTAL',
    product: null,
    section: null,
    indicator: null,
    requests: null,
    items: null,
    measures: {},
    ...patch,
  };
}

describe('dsaStatesData', () => {
  const rows = [
    row({
      jurisdiction: 'DE',
      requests: 100,
      items: 150,
      measures: { median_time_to_effect_act: { value: 33.6, unit: 'hours' } },
    }),
    row({ jurisdiction: 'FR', requests: 40, items: 40 }),
    row({
      platform: 'tiktok',
      service: 'TikTok',
      jurisdiction: 'FR',
      requests: 80,
      items: 300,
      measures: { median_time_to_effect_act: { value: 5, unit: 'unstated' } },
    }),
    row({ platform: 'tiktok', service: 'TikTok', jurisdiction: 'MT', requests: 0, items: 0 }),
  ];
  test('one bar per Member State with a segment per service, largest first; states without orders left out', () => {
    const data = dsaStatesData(rows, (c) => `[${c}]`);
    expect(data.bars).toEqual([
      { key: 'FR', name: '[FR]', total: 120, facebook: 40, tiktok: 80 },
      { key: 'DE', name: '[DE]', total: 100, facebook: 100 },
    ]);
    expect(data.services.map((s) => s.key)).toEqual(['facebook', 'tiktok']);
    expect(data.orders).toBe(220);
  });
  test('median times keep the unit as stored and are never combined across services', () => {
    const medians = dsaMedianRows(rows);
    expect(medians.map((m) => [m.jurisdiction, m.service, m.toEffect, m.unit])).toEqual([
      ['DE', 'Facebook', 33.6, 'hours'],
      ['FR', 'TikTok', 5, 'unit not stated'],
      ['FR', 'Facebook', null, '—'],
    ]);
  });
});

describe('dsaCategoriesData', () => {
  test('one bar per category, a segment per service, largest first; a count not given adds nothing', () => {
    const data = dsaCategoriesData([
      { code: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', platform: 'facebook', requests: 7 },
      { code: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', platform: 'tiktok', requests: null },
      { code: 'STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER', platform: 'tiktok', requests: 9 },
      { code: 'STATEMENT_CATEGORY_ANIMAL_WELFARE', platform: 'facebook', requests: 0 },
    ]);
    expect(data.bars.map((b) => [b.name, b.total])).toEqual([
      ['Not specified in the order', 9],
      ['Scams and fraud', 7],
    ]);
    expect(data.orders).toBe(16);
    expect(data.services.map((s) => s.key)).toEqual(['tiktok', 'facebook']);
    expect(data.table.rows[1]).toMatchObject({ code: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', facebook: 7, total: 7 });
  });
});
