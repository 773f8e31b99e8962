/** The arithmetic behind every rate and percentile shown (DESIGN.md §3), in one place. */

/** numerator ÷ denominator, or null when nothing is in the denominator. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * The q-quantile (0 < q ≤ 1) of values summarised as a histogram with the given upper bucket
 * edges, interpolated linearly inside the bucket that holds the (q·n)-th value. The true value
 * lies in the same bucket, so the error is at most that bucket's width. The open last bucket
 * returns its lower edge. Null for an empty histogram.
 */
export function histogramPercentile(counts: readonly number[], edges: readonly number[], q: number): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(q * n));
  let before = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (before + count >= rank) {
      const lower = i === 0 ? 0 : (edges[i - 1] as number);
      if (i >= edges.length) return lower;
      const upper = edges[i] as number;
      return lower + ((upper - lower) * (rank - before)) / count;
    }
    before += count;
  }
  return edges[edges.length - 1] ?? null;
}

/** Width of the histogram bucket holding `value`: the error bound of a percentile there. */
export function bucketWidth(edges: readonly number[], value: number): number {
  let lower = 0;
  for (const edge of edges) {
    if (value < edge) return edge - lower;
    lower = edge;
  }
  return Number.POSITIVE_INFINITY;
}

/** [from, to) of every bucket for the given upper edges; `to` is null for the open last bucket. */
export function bucketBounds(edges: readonly number[]): { from: number; to: number | null }[] {
  return [...edges, null].map((to, i) => ({ from: i === 0 ? 0 : (edges[i - 1] as number), to }));
}

/** (current − previous) ÷ previous, or null when there was nothing before. */
export function relativeChange(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}
