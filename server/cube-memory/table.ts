/**
 * One aggregate table held in memory, column by column. Rows are kept in `day` order, so a day
 * range is one contiguous run of rows and `day` itself needs no column (`dayStarts`). Dimension
 * values are dictionary-encoded as small ints; the measures are stored sparsely, row by row
 * (an agg_items row has ~4 non-zero measures of 59): a count per row, then (measure, value) pairs.
 */
import type { Dimension } from '../db/cube/dimensions.ts';
import { type AggregateTable, measureColumns } from '../db/cube/tables.ts';
import { GrowInts, type Ints } from './grow.ts';

export type KeyValue = string | number;

export interface KeyColumn {
  /** The distinct values, by code. */
  values: KeyValue[];
  codes: Ints;
}

export interface MemoryTable {
  decl: AggregateTable;
  /** Measure names, by the index stored in `measureIndex`. */
  measureNames: string[];
  rows: number;
  /** Distinct days, ascending; day d holds rows dayStarts[d] … dayStarts[d + 1] − 1. */
  days: string[];
  dayStarts: Uint32Array;
  /** Index of the first measure entry of each day's first row (entries of a day are contiguous). */
  dayEntryStarts: Float64Array;
  keys: Record<string, KeyColumn>;
  /** Non-zero measures per row, then their indices and values, concatenated in row order. */
  entryCounts: Ints;
  measureIndex: Ints;
  measureValues: Ints;
  /** Bytes held by the typed arrays (the dictionaries aside), for reporting. */
  bytes: number;
}

/** Fills a MemoryTable from rows that arrive in `day` order. */
export class TableBuilder {
  private readonly measureNames: string[];
  private readonly dictionaries = new Map<Dimension, Map<KeyValue, number>>();
  private readonly codes = new Map<Dimension, GrowInts>();
  private readonly days: string[] = [];
  private readonly dayStarts: number[] = [];
  private readonly dayEntryStarts: number[] = [];
  private readonly counts = new GrowInts();
  private readonly index = new GrowInts();
  private readonly values = new GrowInts();
  private rows = 0;

  constructor(private readonly decl: AggregateTable) {
    this.measureNames = measureColumns(decl);
    for (const d of decl.key) {
      this.dictionaries.set(d, new Map());
      this.codes.set(d, new GrowInts());
    }
  }

  add(row: Record<string, unknown>): void {
    const day = String(row.day);
    const last = this.days[this.days.length - 1];
    if (day !== last) {
      if (last !== undefined && day < last) throw new Error(`${this.decl.name}: rows must arrive in day order`);
      this.days.push(day);
      this.dayStarts.push(this.rows);
      this.dayEntryStarts.push(this.index.length);
    }
    for (const d of this.decl.key) {
      const raw = row[d];
      const value = typeof raw === 'string' ? raw : Number(raw);
      const dictionary = this.dictionaries.get(d) as Map<KeyValue, number>;
      let code = dictionary.get(value);
      if (code === undefined) {
        code = dictionary.size;
        dictionary.set(value, code);
      }
      (this.codes.get(d) as GrowInts).push(code);
    }
    let n = 0;
    for (let m = 0; m < this.measureNames.length; m++) {
      const value = Number(row[this.measureNames[m] as string]);
      if (value === 0) continue;
      this.index.push(m);
      this.values.push(value);
      n++;
    }
    this.counts.push(n);
    this.rows++;
  }

  done(): MemoryTable {
    const keys: Record<string, KeyColumn> = {};
    let bytes = 0;
    for (const d of this.decl.key) {
      const codes = (this.codes.get(d) as GrowInts).done();
      keys[d] = { values: [...(this.dictionaries.get(d) as Map<KeyValue, number>).keys()], codes };
      bytes += codes.byteLength;
    }
    const table: MemoryTable = {
      decl: this.decl,
      measureNames: this.measureNames,
      rows: this.rows,
      days: this.days,
      dayStarts: Uint32Array.from([...this.dayStarts, this.rows]),
      dayEntryStarts: Float64Array.from([...this.dayEntryStarts, this.index.length]),
      keys,
      entryCounts: this.counts.done(),
      measureIndex: this.index.done(),
      measureValues: this.values.done(),
      bytes: 0,
    };
    table.bytes = bytes + table.entryCounts.byteLength + table.measureIndex.byteLength + table.measureValues.byteLength;
    return table;
  }
}
