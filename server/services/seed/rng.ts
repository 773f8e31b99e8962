/** A small seeded PRNG (sfc32) with the draws the generator needs. Never Math.random: output must be reproducible. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a |= 0;
    this.b |= 0;
    this.c |= 0;
    this.d |= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return (entries[entries.length - 1] as [K, number])[0];
  }

  /** Picks from a prepared table (hot paths: no object allocation per draw). */
  pick<T>(table: WeightedTable<T>): T {
    const r = this.next() * table.total;
    const { cumulative, values } = table;
    for (let i = 0; i < cumulative.length; i++) if (r < (cumulative[i] as number)) return values[i] as T;
    return values[values.length - 1] as T;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

export interface WeightedTable<T> {
  values: readonly T[];
  cumulative: Float64Array;
  total: number;
}

/** A weight table for `Rng.pick`, from a record or from `[value, weight]` pairs. */
export function weightedTable<K extends string>(weights: Partial<Record<K, number>>): WeightedTable<K>;
export function weightedTable<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T>;
export function weightedTable(
  input: Partial<Record<string, number>> | readonly (readonly [unknown, number])[],
): WeightedTable<unknown> {
  const pairs = (Array.isArray(input) ? input : Object.entries(input)) as readonly (readonly [unknown, number])[];
  const cumulative = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  return { values: pairs.map(([v]) => v), cumulative, total };
}
