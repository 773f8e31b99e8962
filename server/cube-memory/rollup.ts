/**
 * A memory table summed into whole weeks, built from its daily rows at load: a weekly series
 * under item-level filters (no declared weekly table carries item dimensions or profile sets)
 * reads one row per key and week instead of one per key and day. Keys, and their codes, are the
 * daily table's.
 */
import type { Grain } from '../db/cube/tables.ts';
import { finishTable } from './builder.ts';
import { GrowInts, type Ints } from './grow.ts';
import { type MemoryTable, periodsOf, SORTED_DIMENSIONS } from './table.ts';

/** Key numbers ranked by the sorted dimensions' codes, so a period's rows keep the zones' order. */
function keyRanks(table: MemoryTable): Int32Array {
  const columns = SORTED_DIMENSIONS.flatMap((d) => table.keys[d] ?? []);
  const keys = Array.from({ length: table.keyCount }, (_, key) => key);
  keys.sort((a, b) => {
    for (const { codes } of columns) {
      const by = (codes[a] as number) - (codes[b] as number);
      if (by !== 0) return by;
    }
    return a - b;
  });
  const rank = new Int32Array(table.keyCount);
  keys.forEach((key, i) => {
    rank[key] = i;
  });
  return rank;
}

/** Distinct (period, key) pairs: the rolled-up table's rows. */
function countRows(daily: MemoryTable, periodOfDay: Uint32Array): number {
  const last = new Int32Array(daily.keyCount).fill(-1);
  let rows = 0;
  for (let d = 0; d < daily.days.length; d++) {
    const period = periodOfDay[d] as number;
    for (let r = daily.dayStarts[d] as number; r < (daily.dayStarts[d + 1] as number); r++) {
      const key = daily.keyOf[r] as number;
      if (last[key] !== period) {
        last[key] = period;
        rows++;
      }
    }
  }
  return rows;
}

/**
 * The rollup, or undefined when it would keep more than `maxShare` of the daily rows (keys that
 * seldom recur within a period: there the rollup would cost memory and save little scanning).
 */
export function rollUp(daily: MemoryTable, grain: Exclude<Grain, 'day'>, maxShare = 1): MemoryTable | undefined {
  if (daily.decl.grain !== 'day') throw new Error(`${daily.decl.name} is not a daily table`);
  const { index: periodOfDay, starts } = periodsOf(daily, grain);
  const rows = countRows(daily, periodOfDay);
  if (rows > maxShare * daily.rows) return undefined;
  const nm = daily.measureNames.length;
  const keyOf = new GrowInts(0xff, rows);
  const dense = daily.denseColumns.map((column) => column && new GrowInts(0xff, rows));
  const counts = new GrowInts(0xff, rows);
  // No more entries than the daily rows hold (a week's entries of one key and measure merge).
  const index = new GrowInts(0xff, daily.measureIndex.length);
  const values = new GrowInts(0xff, daily.measureIndex.length);
  const days: string[] = [];
  const dayStarts: number[] = [];
  const dayEntryStarts: number[] = [];
  const rank = keyRanks(daily);
  // Per period: each key's slot of nm sums (`slotOf` valid where `inPeriod` is the period).
  const inPeriod = new Int32Array(daily.keyCount).fill(-1);
  const slotOf = new Int32Array(daily.keyCount);
  let sums: Float64Array = new Float64Array(64 * nm);
  const denseMeasures = daily.denseColumns.flatMap((column, m) => (column ? [{ column, m }] : []));
  let row = 0;
  for (let d = 0; d < daily.days.length; ) {
    const period = periodOfDay[d] as number;
    const keys: number[] = [];
    let entry = daily.dayEntryStarts[d] as number;
    for (; d < daily.days.length && periodOfDay[d] === period; d++) {
      for (let r = daily.dayStarts[d] as number; r < (daily.dayStarts[d + 1] as number); r++) {
        const key = daily.keyOf[r] as number;
        if (inPeriod[key] !== period) {
          inPeriod[key] = period;
          slotOf[key] = keys.length;
          keys.push(key);
          if (keys.length * nm > sums.length) sums = grown(sums, keys.length * nm);
          sums.fill(0, (keys.length - 1) * nm, keys.length * nm);
        }
        const base = (slotOf[key] as number) * nm;
        for (const { column, m } of denseMeasures) sums[base + m] = (sums[base + m] as number) + (column[r] as number);
        for (const last = entry + (daily.entryCounts[r] as number); entry < last; entry++) {
          const at = base + (daily.measureIndex[entry] as number);
          sums[at] = (sums[at] as number) + (daily.measureValues[entry] as number);
        }
      }
    }
    days.push(starts[period] as string);
    dayStarts.push(row);
    dayEntryStarts.push(index.length);
    keys.sort((a, b) => (rank[a] as number) - (rank[b] as number));
    for (const key of keys) {
      const base = (slotOf[key] as number) * nm;
      keyOf.push(key);
      let n = 0;
      for (let m = 0; m < nm; m++) {
        const value = sums[base + m] as number;
        const column = dense[m];
        if (column) column.push(value);
        else if (value !== 0) {
          index.push(m);
          values.push(value);
          n++;
        }
      }
      counts.push(n);
      row++;
    }
  }
  return finishTable({
    decl: { ...daily.decl, grain },
    measureNames: daily.measureNames,
    rows: row,
    days,
    dayStarts: Uint32Array.from([...dayStarts, row]),
    dayEntryStarts: Float64Array.from([...dayEntryStarts, index.length]),
    keyOf: keyOf.done(),
    keyCount: daily.keyCount,
    keys: daily.keys,
    denseColumns: dense.map((column) => column?.done() as Ints | undefined),
    entryCounts: counts.done(),
    measureIndex: index.done(),
    measureValues: values.done(),
  });
}

function grown(sums: Float64Array, least: number): Float64Array {
  const wider = new Float64Array(Math.max(least, sums.length * 2));
  wider.set(sums);
  return wider;
}
