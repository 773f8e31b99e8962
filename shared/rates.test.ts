import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { APPEAL_DAY_EDGES, bucketIndex, DECISION_HOUR_EDGES } from './metrics.ts';
import { bucketBounds, bucketWidth, histogramPercentile, rate, relativeChange } from './rates.ts';

describe('rates', () => {
  test('rates and changes over nothing are null, not zero or infinity', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 0)).toBeNull();
    expect(rate(0, 5)).toBe(0);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(15, 10)).toBe(0.5);
    expect(relativeChange(0, 10)).toBe(-1);
  });

  test('bucket bounds follow the edges, the last one open', () => {
    expect(bucketBounds([1, 2, 4])).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: null },
    ]);
    expect(bucketBounds(DECISION_HOUR_EDGES)).toHaveLength(DECISION_HOUR_EDGES.length + 1);
  });
});

describe('histogram percentiles', () => {
  const histogram = (values: number[], edges: readonly number[]) => {
    const counts = new Array<number>(edges.length + 1).fill(0);
    for (const v of values) counts[bucketIndex(edges, v)] = (counts[bucketIndex(edges, v)] ?? 0) + 1;
    return counts;
  };

  test('the estimate is within the width of the bucket that holds the exact value (rank ⌈q·n⌉)', () => {
    for (const edges of [DECISION_HOUR_EDGES, APPEAL_DAY_EDGES]) {
      const top = (edges[edges.length - 1] as number) * 1.5;
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0, max: top, noNaN: true }), { minLength: 1, maxLength: 300 }),
          fc.double({ min: 0.01, max: 1, noNaN: true }),
          (values, q) => {
            const sorted = [...values].sort((a, b) => a - b);
            const exact = sorted[Math.ceil(q * sorted.length) - 1] as number;
            const estimate = histogramPercentile(histogram(values, edges), edges, q) as number;
            expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(bucketWidth(edges, exact));
            // It never leaves that bucket (its upper edge counts as the next bucket's start).
            const bucket = bucketIndex(edges, exact);
            expect([bucket, bucket + 1]).toContain(bucketIndex(edges, estimate));
          },
        ),
      );
    }
  });

  test('empty histograms have no percentile; the open bucket reports its lower edge', () => {
    expect(histogramPercentile([0, 0, 0], [1, 2], 0.5)).toBeNull();
    expect(histogramPercentile([0, 0, 4], [1, 2], 0.9)).toBe(2);
    expect(histogramPercentile([2, 0, 0], [1, 2], 0.5)).toBe(0.5);
    expect(histogramPercentile([2, 0, 0], [1, 2], 1)).toBe(1);
  });
});
