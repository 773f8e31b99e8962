/**
 * Sums and day extents over a memory table, for the rows a Selection admits: the in-memory twin
 * of `select sum(…) … group by …` and of `select distinct day … order by day limit n`.
 */
import type { Grain } from '../db/cube/tables.ts';
import type { Ints } from './grow.ts';
import { kernelFor } from './kernel.ts';
import type { Selection } from './selection.ts';
import { type KeyValue, type MemoryTable, periodsOf, ZONE_ROWS } from './table.ts';

export type SummedRow = Record<string, KeyValue>;

/**
 * Sums held at once (groups × measures): periods are summed a chunk at a time, so a daily series
 * grouped by a column needs a few hundred kilobytes, not tens of megabytes.
 */
const CHUNK_SLOTS = 1 << 16;

function passes(table: MemoryTable, selection: Selection, row: number): boolean {
  return selection.mask === null || selection.mask[table.keyOf[row] as number] === 1;
}

/** True when the zone holds no row with a value some zoned filter wants (table.ts `Zones`). */
function skipped(selection: Selection, zone: number): boolean {
  for (let i = 0; i < selection.zones.length; i++) {
    const { bits, wanted } = selection.zones[i] as Selection['zones'][number];
    if (((bits[zone] as number) & wanted) === 0) return true;
  }
  return false;
}

/**
 * Sums the requested measures of the admitted rows, per group of `groupBy` values (`day` and key
 * columns), and returns them as SQL does: no row for an empty group, one row when ungrouped, in
 * ascending group order. Only the requested measures are read. Days are summed into their week
 * or month when the caller needs no finer grain (SumOptions.grain): fewer rows to build here and
 * to bucket again in the services.
 */
export function sumTable(
  table: MemoryTable,
  selection: Selection | null,
  measures: readonly string[],
  groupBy: readonly string[],
  grain: Grain = 'day',
): SummedRow[] {
  const k = measures.length;
  if (k > 254) throw new Error('at most 254 measures a sum');
  // Sparse measure index → place in a group's sums (k, the spare, for those not asked for).
  const slot = new Uint8Array(table.measureNames.length).fill(k);
  const dense: Ints[] = [];
  const denseSlots: number[] = [];
  measures.forEach((m, i) => {
    const index = table.measureNames.indexOf(m);
    if (index < 0) throw new Error(`${table.decl.name} has no measure ${m}`);
    const column = table.denseColumns[index];
    if (column) {
      dense.push(column);
      denseSlots.push(i);
    } else slot[index] = i;
  });
  const keyNames = groupBy.filter((c) => c !== 'day');
  const columns = keyNames.map((c) => {
    const column = table.keys[c];
    if (!column) throw new Error(`${table.decl.name} has no ${c} column`);
    return column;
  });
  // Group number = period in chunk × perDay + Σ code × stride (the last column's stride is 1).
  const strides = columns.map((_, c) => columns.slice(c + 1).reduce((n, col) => n * col.values.length, 1));
  const perDay = columns.reduce((n, c) => n * Math.max(1, c.values.length), 1);
  const byDay = groupBy.includes('day');
  const { index: periodOfDay, starts } = periodsOf(table, grain);
  const width = k + 1;
  const periods = selection
    ? (periodOfDay[selection.dayTo - 1] as number) - (periodOfDay[selection.dayFrom] as number) + 1
    : 1;
  const chunkPeriods = byDay ? Math.min(periods, Math.max(1, Math.floor(CHUNK_SLOTS / (perDay * width)))) : 1;
  const spare = chunkPeriods * perDay;
  const sums = new Float64Array((spare + 1) * width);
  const seen = new Uint8Array(spare + 1);
  // Each key's group within its day, computed once here rather than for each of its rows.
  const keyGroup = columns.length > 0 ? new Int32Array(table.keyCount) : null;
  columns.forEach((column, c) => {
    for (let key = 0; keyGroup && key < table.keyCount; key++) {
      keyGroup[key] = (keyGroup[key] as number) + (column.codes[key] as number) * (strides[c] as number);
    }
  });
  const kernel = kernelFor({
    keyOf: table.keyOf,
    mask: selection?.mask ?? null,
    keyGroup,
    dense,
    denseSlots,
    sparse:
      dense.length < k
        ? { counts: table.entryCounts, index: table.measureIndex, values: table.measureValues, slot }
        : null,
    sums,
    seen,
    width,
    spare,
  });
  const out: SummedRow[] = [];
  const { dayStarts, dayEntryStarts, zones } = table;
  const dayTo = selection?.dayTo ?? 0;
  for (let d = selection?.dayFrom ?? 0; d < dayTo; ) {
    // A chunk: the days of chunkPeriods periods (every day when not grouped by day).
    const firstPeriod = periodOfDay[d] as number;
    let chunkEnd = d;
    while (chunkEnd < dayTo && (!byDay || (periodOfDay[chunkEnd] as number) < firstPeriod + chunkPeriods)) chunkEnd++;
    const rowTo = dayStarts[chunkEnd] as number;
    let entry = dayEntryStarts[d] as number;
    for (let start = dayStarts[d] as number; start < rowTo; ) {
      const zone = (start / ZONE_ROWS) | 0;
      const end = Math.min(rowTo, (zone + 1) * ZONE_ROWS);
      if (skipped(selection as Selection, zone)) entry = zones.entryStarts[zone + 1] as number;
      else {
        // The zone a day at a time: each day's groups start at its period's.
        for (let row = start; row < end; ) {
          while ((dayStarts[d + 1] as number) <= row) d++;
          const dayEnd = Math.min(dayStarts[d + 1] as number, end);
          const dayBase = byDay ? ((periodOfDay[d] as number) - firstPeriod) * perDay : 0;
          entry = kernel(row, dayEnd, dayBase, entry);
          row = dayEnd;
        }
      }
      start = end;
    }
    for (let group = 0; group < spare; group++) {
      if (seen[group] === 0) continue;
      const result: SummedRow = {};
      measures.forEach((m, i) => {
        result[m] = sums[group * width + i] as number;
      });
      const inDay = group % perDay;
      for (const name of groupBy) {
        const c = keyNames.indexOf(name);
        const column = columns[c];
        result[name] = column
          ? (column.values[Math.floor(inDay / (strides[c] as number)) % column.values.length] as KeyValue)
          : (starts[firstPeriod + Math.floor(group / perDay)] as string);
      }
      out.push(result);
    }
    sums.fill(0);
    seen.fill(0);
    d = chunkEnd;
  }
  if (groupBy.length === 0 && out.length === 0) return [Object.fromEntries(measures.map((m) => [m, 0]))];
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
      if (passes(table, selection, r)) {
        found.push(table.days[d] as string);
        break;
      }
    }
  }
  return found;
}
