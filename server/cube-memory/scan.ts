/**
 * Sums and day extents over a memory table, for the rows a Selection admits: the in-memory twin
 * of `select sum(…) … group by …` and of `select distinct day … order by day limit n`.
 */
import type { Ints } from './grow.ts';
import type { Selection } from './selection.ts';
import type { KeyValue, MemoryTable } from './table.ts';

export type SummedRow = Record<string, KeyValue>;

function passes(selection: Selection, row: number): boolean {
  const { codes, masks } = selection;
  for (let i = 0; i < masks.length; i++) {
    if ((masks[i] as Uint8Array)[(codes[i] as Ints)[row] as number] === 0) return false;
  }
  return true;
}

/**
 * Sums every measure of the admitted rows, per group of `groupBy` values (`day` and key columns),
 * and returns the requested measures: as SQL does, no row per empty group, one row when ungrouped.
 */
export function sumTable(
  table: MemoryTable,
  selection: Selection | null,
  measures: readonly string[],
  groupBy: readonly string[],
): SummedRow[] {
  const width = table.measureNames.length;
  const byDay = groupBy.includes('day');
  const groupColumns = groupBy
    .filter((c) => c !== 'day')
    .map((c) => {
      const column = table.keys[c];
      if (!column) throw new Error(`${table.decl.name} has no ${c} column`);
      return column;
    });
  // Group → [a row of the group (for its values), its sums of every measure].
  const groups = new Map<number, { row: number; day: number; sums: Float64Array }>();
  const { entryCounts, measureIndex, measureValues, dayStarts, dayEntryStarts } = table;
  if (selection) {
    for (let d = selection.dayFrom; d < selection.dayTo; d++) {
      let entry = dayEntryStarts[d] as number;
      const end = dayStarts[d + 1] as number;
      for (let r = dayStarts[d] as number; r < end; r++) {
        const n = entryCounts[r] as number;
        if (passes(selection, r)) {
          let key = byDay ? d : 0;
          for (const column of groupColumns) key = key * column.values.length + (column.codes[r] as number);
          let group = groups.get(key);
          if (!group) {
            group = { row: r, day: d, sums: new Float64Array(width) };
            groups.set(key, group);
          }
          const sums = group.sums;
          for (let e = entry; e < entry + n; e++) {
            const m = measureIndex[e] as number;
            sums[m] = (sums[m] as number) + (measureValues[e] as number);
          }
        }
        entry += n;
      }
    }
  }
  const at = measures.map((m) => {
    const i = table.measureNames.indexOf(m);
    if (i < 0) throw new Error(`${table.decl.name} has no measure ${m}`);
    return i;
  });
  if (groupBy.length === 0 && groups.size === 0) return [Object.fromEntries(measures.map((m) => [m, 0]))];
  return [...groups.values()].map(({ row, day, sums }) => {
    const out: SummedRow = {};
    measures.forEach((m, i) => {
      out[m] = sums[at[i] as number] as number;
    });
    for (const c of groupBy) {
      const column = table.keys[c];
      out[c] = column ? (column.values[column.codes[row] as number] as KeyValue) : (table.days[day] as string);
    }
    return out;
  });
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
