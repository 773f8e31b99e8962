/**
 * A column of numbers stored in the narrowest typed array that holds every value pushed so far:
 * most aggregate cells are small counts, so a byte each is the common case. The width is found
 * while loading (no separate pass for maxima) and widens at most three times. Columns whose length
 * is known up front (one value a row: the builder counts the rows first) are allocated at exactly
 * that length, so loading holds no spare capacity and `done` copies nothing; the others grow by
 * half when full.
 */
export type Ints = Uint8Array | Uint16Array | Uint32Array | Float64Array;

const LIMITS = [
  [Uint8Array, 0xff],
  [Uint16Array, 0xffff],
  [Uint32Array, 0xffffffff],
] as const;

/** The largest value an array of this kind holds exactly (Float64: any integer this code sums). */
function limitOf(data: Ints): number {
  for (const [kind, limit] of LIMITS) if (data instanceof kind) return limit;
  return Number.POSITIVE_INFINITY;
}

function arrayFor(value: number, capacity: number): Ints {
  if (value >= 0 && Number.isInteger(value)) {
    for (const [Kind, limit] of LIMITS) if (value <= limit) return new Kind(capacity);
  }
  // Negative or fractional values never occur in the aggregates; if they did, Float64 keeps them exact.
  return new Float64Array(capacity);
}

export class GrowInts {
  private data: Ints;
  private limit: number;
  length = 0;

  /**
   * `least`: the smallest width to start from (fewer array kinds keep the scan loops monomorphic);
   * `capacity`: the expected length (a column of one value a row: the row count).
   */
  constructor(least = 0xff, capacity = 256) {
    this.data = arrayFor(least, Math.max(1, capacity));
    this.limit = limitOf(this.data);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      this.data = this.copyInto(arrayKind(this.data, Math.ceil(this.data.length * 1.5)));
    }
    if (value > this.limit || value < 0 || (this.limit !== Number.POSITIVE_INFINITY && !Number.isInteger(value))) {
      this.data = this.copyInto(arrayFor(value, this.data.length));
      this.limit = limitOf(this.data);
    }
    this.data[this.length++] = value;
  }

  /** The values, in an array of exactly their length (copied only when capacity was left over). */
  done(): Ints {
    return this.length === this.data.length ? this.data : this.copyInto(arrayKind(this.data, this.length));
  }

  private copyInto(target: Ints): Ints {
    target.set(this.data.subarray(0, Math.min(this.length, target.length)));
    return target;
  }
}

function arrayKind(like: Ints, capacity: number): Ints {
  const Kind = like.constructor as new (n: number) => Ints;
  return new Kind(capacity);
}
