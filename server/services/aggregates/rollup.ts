/**
 * Rows of aggregate changes and the one generic rollup: rows of a base table summed into a
 * coarser table, column by NAME (each target key column taken from the source key, `day` cut to
 * the target's grain; each target measure from the source measure of the same name). Positions
 * are worked out once per (source, target) pair, so the per-row work stays array indexing.
 */
import { type AggregateTable, keyColumns, measureColumns, startOfGrain } from '../../db/cube/tables.ts';

/** Key values in `keyColumns(table)` order; `day` first. */
export type KeyValues = (string | number)[];
/** Changes of one table: key values and a measure vector in `measureColumns(table)` order. */
export type Rows = Map<string, { key: KeyValues; vector: number[] }>;

/** The measure vector of the row for `key`, created (zeros) when new. */
export function rowVector(rows: Rows, key: KeyValues, width: number): number[] {
  const id = key.join('\u0001');
  let row = rows.get(id);
  if (!row) {
    row = { key, vector: new Array<number>(width).fill(0) };
    rows.set(id, row);
  }
  return row.vector;
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
  for (const { key, vector } of source.values()) {
    const target = p.keyFrom.map((i) => key[i] as string | number);
    const day = target[0] as string;
    let period = periods.get(day);
    if (period === undefined) {
      period = startOfGrain(day, p.target.grain);
      periods.set(day, period);
    }
    target[0] = period;
    const sums = rowVector(into, target, p.width);
    for (const [from, to] of p.measures) sums[to] = (sums[to] as number) + (vector[from] as number);
  }
}
