/**
 * Rows of aggregate changes and the one generic rollup: rows of a base table summed into a
 * coarser table, column by NAME (each target key column taken from the source key, `day` cut to
 * the target's grain; each target measure from the source measure of the same name). Positions
 * are worked out once per (source, target) pair, so the per-row work stays array indexing.
 */
import { type AggregateTable, keyColumns, measureColumns, startOfGrain } from '../../db/cube/tables.ts';

/** Key values in `keyColumns(table)` order; `day` first. */
export type KeyValues = (string | number)[];

export interface Row {
  key: KeyValues;
  vector: number[];
}

type Level = Map<string | number, Level | Row>;

/**
 * Changes of one table: a key's row holds its values and a measure vector in
 * `measureColumns(table)` order. Rows are found through one map per key column (a trie), not by a
 * joined string: a batch rolls up thousands of rows into several tables, and building and hashing
 * a new string per row and table was most of the time and garbage of the rollups.
 */
export class Rows {
  private readonly root: Level = new Map();
  private readonly list: Row[] = [];

  get size(): number {
    return this.list.length;
  }

  /** The rows, in the order they were first touched. */
  values(): readonly Row[] {
    return this.list;
  }

  /** The measure vector of the row for `key`, created (zeros) when new; `key` is kept then. */
  vector(key: KeyValues, width: number): number[] {
    let level = this.root;
    const last = key.length - 1;
    for (let i = 0; i < last; i++) {
      const value = key[i] as string | number;
      let next = level.get(value) as Level | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const value = key[last] as string | number;
    let row = level.get(value) as Row | undefined;
    if (row === undefined) {
      row = { key, vector: new Array<number>(width).fill(0) };
      level.set(value, row);
      this.list.push(row);
    }
    return row.vector;
  }
}

export interface Projection {
  source: AggregateTable;
  target: AggregateTable;
  /** For each target key column, its position in the source key. */
  keyFrom: number[];
  /** [source position, target position] of each measure both tables carry. */
  measures: [number, number][];
  width: number;
}

export function projection(source: AggregateTable, target: AggregateTable): Projection {
  const sourceKey = keyColumns(source);
  const keyFrom = keyColumns(target).map((column) => {
    const at = sourceKey.indexOf(column);
    if (at < 0) throw new Error(`${target.name} is keyed by ${column}, which ${source.name} does not have`);
    return at;
  });
  const targetMeasures = measureColumns(target);
  const measures = measureColumns(source).flatMap((m, from): [number, number][] => {
    const to = targetMeasures.indexOf(m);
    return to < 0 ? [] : [[from, to]];
  });
  return { source, target, keyFrom, measures, width: targetMeasures.length };
}

/** Adds every row of `source` into `into`, projected by `p`. */
export function rollInto(into: Rows, source: Rows, p: Projection): void {
  // keyColumns puts `day` first in every table; periods are cached (many rows share a day).
  const periods = new Map<string, string>();
  const from = Int32Array.from(p.measures, ([f]) => f);
  const to = Int32Array.from(p.measures, ([, t]) => t);
  for (const { key, vector } of source.values()) {
    const target = p.keyFrom.map((i) => key[i] as string | number);
    const day = target[0] as string;
    let period = periods.get(day);
    if (period === undefined) {
      period = startOfGrain(day, p.target.grain);
      periods.set(day, period);
    }
    target[0] = period;
    const sums = into.vector(target, p.width);
    for (let m = 0; m < from.length; m++) {
      const value = vector[from[m] as number] as number;
      // Most measures of a row are 0 (an item has one outcome, few appeals).
      if (value !== 0) sums[to[m] as number] = (sums[to[m] as number] as number) + value;
    }
  }
}
