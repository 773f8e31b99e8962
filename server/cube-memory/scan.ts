/**
 * Sums and day extents over a memory table, for the rows a Selection admits: the in-memory twin
 * of `select sum(…) … group by …` and of `select distinct day … order by day limit n`.
 */
import type { Grain } from '../db/cube/tables.ts';
import type { Ints } from './grow.ts';
import type { Selection } from './selection.ts';
import { type KeyValue, type MemoryTable, periodsOf } from './table.ts';

export type SummedRow = Record<string, KeyValue>;

/**
 * 1 for each row of rowFrom … rowTo − 1 that every mask admits: evaluated a column at a time, in
 * tight loops over typed arrays (several times faster than testing each row's masks in turn).
 */
function passingRows(selection: Selection, rowFrom: number, rowTo: number): Uint8Array {
  const pass = new Uint8Array(rowTo - rowFrom).fill(1);
  for (let i = 0; i < selection.masks.length; i++) {
    const mask = selection.masks[i] as Uint8Array;
    const codes = selection.codes[i] as Ints;
    for (let j = 0; j < pass.length; j++)
      pass[j] = (pass[j] as number) & (mask[codes[rowFrom + j] as number] as number);
  }
  return pass;
}

function passes(selection: Selection, row: number): boolean {
  const { codes, masks } = selection;
  for (let i = 0; i < masks.length; i++) {
    if ((masks[i] as Uint8Array)[(codes[i] as Ints)[row] as number] === 0) return false;
  }
  return true;
}

/** Most accumulator slots (groups × measures) held densely; beyond, groups go into a Map. */
const DENSE_SLOTS = 1 << 22;

/**
 * Sums the requested measures of the admitted rows, per group of `groupBy` values (`day` and key
 * columns), and returns them as SQL does: no row for an empty group, one row when ungrouped. Groups
 * are numbered by their codes, so accumulating is array indexing rather than a lookup a row.
 */
export function sumTable(
  table: MemoryTable,
  selection: Selection | null,
  measures: readonly string[],
  groupBy: readonly string[],
  grain: Grain = 'day',
): SummedRow[] {
  const k = measures.length;
  // Sparse measure index → output slot, or −1 for measures not asked for; dense ones by column.
  const slot = new Int16Array(table.measureNames.length).fill(-1);
  const denseColumns: Ints[] = [];
  const denseSlots: number[] = [];
  measures.forEach((m, i) => {
    const at = table.measureNames.indexOf(m);
    if (at < 0) throw new Error(`${table.decl.name} has no measure ${m}`);
    const column = table.denseColumns[at];
    if (column) {
      denseColumns.push(column);
      denseSlots.push(i);
    } else slot[at] = i;
  });
  const anySparse = denseColumns.length < k;
  const nDense = denseColumns.length;
  const byDay = groupBy.includes('day');
  const columns = groupBy
    .filter((c) => c !== 'day')
    .map((c) => {
      const column = table.keys[c];
      if (!column) throw new Error(`${table.decl.name} has no ${c} column`);
      return column;
    });
  const dayFrom = selection?.dayFrom ?? 0;
  // Days summed into their week or month when the caller needs no finer grain (SumOptions.grain):
  // fewer rows to build here and to bucket again in the services.
  const { index: periodOfDay, starts } = periodsOf(table, grain);
  const firstPeriod = periodOfDay[dayFrom] ?? 0;
  const days = byDay && selection ? (periodOfDay[selection.dayTo - 1] as number) - firstPeriod + 1 : 1;
  const perDay = columns.reduce((n, c) => n * Math.max(1, c.values.length), 1);
  const groups = days * perDay;
  const dense = groups * k <= DENSE_SLOTS;
  const sums = dense ? new Float64Array(groups * k) : undefined;
  const sparse = dense ? undefined : new Map<number, Float64Array>();
  // A row of each group, for the group's values (dense: −1 for none yet).
  const firstDense = dense ? new Int32Array(groups).fill(-1) : undefined;
  const firstSparse = new Map<number, number>();
  const { entryCounts, measureIndex, measureValues, dayStarts, dayEntryStarts } = table;
  if (selection) {
    const rowFrom = dayStarts[dayFrom] as number;
    const pass = passingRows(selection, rowFrom, dayStarts[selection.dayTo] as number);
    for (let d = dayFrom; d < selection.dayTo; d++) {
      const dayBase = byDay ? ((periodOfDay[d] as number) - firstPeriod) * perDay : 0;
      let entry = dayEntryStarts[d] as number;
      const end = dayStarts[d + 1] as number;
      for (let r = dayStarts[d] as number; r < end; r++) {
        const n = entryCounts[r] as number;
        const first = entry;
        entry += n;
        if (pass[r - rowFrom] === 0) continue;
        let group = dayBase;
        let stride = 1;
        for (let c = columns.length - 1; c >= 0; c--) {
          const column = columns[c] as (typeof columns)[number];
          group += (column.codes[r] as number) * stride;
          stride *= column.values.length;
        }
        if (firstDense) {
          if (firstDense[group] === -1) firstDense[group] = r;
        } else if (!firstSparse.has(group)) firstSparse.set(group, r);
        let into: Float64Array | undefined = sums;
        let base = group * k;
        if (!into) {
          into = sparse?.get(group);
          if (!into) {
            into = new Float64Array(k);
            sparse?.set(group, into);
          }
          base = 0;
        }
        for (let j = 0; j < nDense; j++) {
          const at = base + (denseSlots[j] as number);
          into[at] = (into[at] as number) + ((denseColumns[j] as Ints)[r] as number);
        }
        if (!anySparse) continue;
        for (let e = first; e < first + n; e++) {
          const at = slot[measureIndex[e] as number] as number;
          if (at >= 0) into[base + at] = (into[base + at] as number) + (measureValues[e] as number);
        }
      }
    }
  }
  const found: [number, number][] = [];
  if (firstDense) {
    for (let group = 0; group < firstDense.length; group++) {
      const row = firstDense[group] as number;
      if (row >= 0) found.push([group, row]);
    }
  } else found.push(...firstSparse);
  if (groupBy.length === 0 && found.length === 0) return [Object.fromEntries(measures.map((m) => [m, 0]))];
  const out: SummedRow[] = [];
  for (const [group, row] of found) {
    const result: SummedRow = {};
    const from = sums ? group * k : 0;
    const values = sums ?? (sparse?.get(group) as Float64Array);
    measures.forEach((m, i) => {
      result[m] = values[from + i] as number;
    });
    for (const c of groupBy) {
      const column = table.keys[c];
      result[c] = column
        ? (column.values[column.codes[row] as number] as KeyValue)
        : (starts[firstPeriod + Math.floor(group / perDay)] as string);
    }
    out.push(result);
  }
  return out;
}

/** Up to `limit` days with an admitted row, first days first (`asc`) or last days first. */
export function daysWithRows(
  table: MemoryTable,
  selection: Selection | null,
  order: 'asc' | 'desc',
  limit: number,
): string[] {
  const found: string[] = [];
  if (!selection) return found;
  const { dayFrom, dayTo } = selection;
  const step = order === 'asc' ? 1 : -1;
  for (let d = order === 'asc' ? dayFrom : dayTo - 1; d >= dayFrom && d < dayTo && found.length < limit; d += step) {
    const end = table.dayStarts[d + 1] as number;
    for (let r = table.dayStarts[d] as number; r < end; r++) {
      if (passes(selection, r)) {
        found.push(table.days[d] as string);
        break;
      }
    }
  }
  return found;
}
