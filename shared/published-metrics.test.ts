import { describe, expect, test } from 'vitest';
import { PUBLISHED_MEASURES } from './published.ts';
import { formatMeasure, MEASURE_DEFINITIONS, PUBLISHED_CARDS, PUBLISHED_SECTIONS } from './published-metrics.ts';

describe('published metric definitions', () => {
  test('a value is shown with its unit exactly as stored', () => {
    expect(formatMeasure(33.6, 'hours')).toBe('33.6 hours');
    expect(formatMeasure(104, 'unstated')).toBe('104 (unit not stated)');
    expect(formatMeasure(3, 'percent')).toBe('3%');
    expect(formatMeasure(0.403, 'fraction')).toBe('40.3%');
    expect(formatMeasure(1358, 'count')).toBe('1,358');
    expect(formatMeasure(null, 'hours')).toBe('—');
  });
  test('every measure is defined, and every card points at a section of the Methodology page', () => {
    expect(Object.keys(MEASURE_DEFINITIONS).sort()).toEqual([...PUBLISHED_MEASURES].sort());
    const anchors = new Set<string>(Object.values(PUBLISHED_SECTIONS));
    for (const card of Object.values(PUBLISHED_CARDS)) expect(anchors.has(card.metric)).toBe(true);
  });
});
