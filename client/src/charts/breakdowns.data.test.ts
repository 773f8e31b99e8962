import { describe, expect, test } from 'vitest';
import { appealSeries, funnelSteps } from './appeals.data.ts';
import {
  legalBasisChartData,
  removalChartData,
  shortCitation,
  shortName,
  shortProvision,
  splitProvisionLabel,
} from './breakdowns.data.ts';
import { heatColour, heatmapData } from './heatmap.data.ts';
import { histogramData, shortHours } from './time-to-decision.data.ts';

const outcome = (key: string, decided: number, g: number, l: number, o: number) => ({
  key,
  decided,
  actioned: g + l + o,
  removedGlobal: g,
  restrictedLocal: l,
  restrictedOther: o,
  removalRate: decided ? (g + l + o) / decided : null,
  globalRemovalRate: decided ? g / decided : null,
  localRestrictionRate: decided ? l / decided : null,
});

describe('legal basis', () => {
  test('provision labels split into citation and title; rate as percent; empty rows dropped from the bars', () => {
    expect(splitProvisionLabel('KZ Criminal Code art. 174 — Incitement')).toEqual({
      citation: 'KZ Criminal Code art. 174',
      title: 'Incitement',
    });
    const { bars, table } = legalBasisChartData(
      [
        { key: '1', label: 'A art. 1 — T', items: 10, decided: 8, actioned: 2, removalRate: 0.25 },
        { key: '2', label: 'B art. 2', items: 0, decided: 0, actioned: 0, removalRate: null },
      ],
      (_k, l) => l,
    );
    expect(bars).toEqual([
      { key: '1', name: 'A art. 1', full: 'A art. 1 — T', title: 'T', items: 10, removalRate: 0.25, ratePct: 25 },
    ]);
    expect(table.rows).toHaveLength(2);
  });
});

test('long citations are shortened in the instrument, keeping jurisdiction and article', () => {
  expect(shortCitation('KZ Criminal Code art. 174')).toBe('KZ Criminal Code art. 174');
  const short = shortCitation('RU Federal Law No. 149-FZ "On Information, Information Technologies" art. 15.3');
  expect(short).toBe('RU Federal Law No. 149… art. 15.3');
  expect(short.length).toBeLessThanOrEqual(34);
});

test('long names drop their asides and keep the jurisdiction code', () => {
  expect(shortName('Roskomnadzor (Federal Service for Supervision of Communications) (RU)')).toBe('Roskomnadzor (RU)');
  expect(shortName('Indian Cyber Crime Coordination Centre (I4C), Ministry of Home Affairs (IN)')).toBe(
    'Indian Cyber Crime Coord… (IN)',
  );
  expect(shortName('Facebook')).toBe('Facebook');
});

describe('removal rate', () => {
  test('global, local and other stack to the removal rate, in percent of decided', () => {
    const { bars, decided } = removalChartData(
      [outcome('facebook', 200, 20, 80, 10), outcome('vk', 0, 0, 0, 0)],
      (k) => k,
    );
    expect(bars[0]).toMatchObject({ global: 10, local: 40, other: 5, removalRate: 0.55 });
    expect(bars[1]).toMatchObject({ global: null, local: null, removalRate: null });
    const provisions = removalChartData(
      [outcome('1', 1, 1, 0, 0)],
      () => 'KZ Criminal Code of the Republic of Kazakhstan art. 174 — Incitement of discord',
      shortProvision,
    );
    expect(provisions.bars[0]).toMatchObject({
      name: 'KZ Criminal Code of the… art. 174',
      full: 'KZ Criminal Code of the Republic of Kazakhstan art. 174 — Incitement of discord',
    });
    expect(decided).toBe(200);
  });
});

describe('appeals', () => {
  test('each funnel step as a share of the one before', () => {
    const steps = funnelSteps({ items: 100, actioned: 50, appealed: 10, decided: 0, reversed: 0 });
    expect(steps.map((s) => s.ofPrevious)).toEqual([null, 0.5, 0.2, 0, null]);
  });
  test('decided appeals split into reversed and not reversed', () => {
    const { rows, decided } = appealSeries([
      { period: '2022', appeals: 12, decided: 10, reversed: 3, reversalRate: 0.3 },
    ]);
    expect(rows[0]).toMatchObject({ reversed: 3, upheld: 7 });
    expect(decided).toBe(10);
  });
});

describe('time to decision', () => {
  test('bucket labels and the bucket holding the median', () => {
    expect([6, 48, 720, 8760].map(shortHours)).toEqual(['6 h', '2 d', '30 d', '1 y']);
    const data = histogramData({
      median: 30,
      p90: 50,
      histogram: [
        { bucket: 'a', fromHours: 0, toHours: 24, items: 3 },
        { bucket: 'b', fromHours: 24, toHours: 48, items: 5 },
        { bucket: 'c', fromHours: 48, toHours: null, items: 1 },
      ],
    });
    expect(data.bars.map((b) => b.label)).toEqual(['< 1 d', '< 2 d', '≥ 2 d']);
    expect(data.medianLabel).toBe('< 2 d');
    expect(data.p90Label).toBe('≥ 2 d');
    expect(data.n).toBe(9);
  });
});

describe('jurisdiction × platform', () => {
  test('platforms ordered by decided items, missing cells have no rate', () => {
    const data = heatmapData([
      { jurisdiction: 'KZ', rows: [outcome('facebook', 10, 1, 1, 0)] },
      { jurisdiction: 'RU', rows: [outcome('vk', 30, 3, 3, 0), outcome('facebook', 5, 0, 5, 0)] },
    ]);
    expect(data.platforms).toEqual(['vk', 'facebook']);
    expect(data.cells[0]).toEqual({ jurisdiction: 'KZ', platform: 'vk', decided: 0, removalRate: null });
    expect(data.n).toBe(45);
    expect(heatColour(null)).toBe('#EEEEEE');
    expect(heatColour(1)).toBe('rgb(0, 70, 140)');
  });
});
