/** Builds a MemoryTable from the loading query's rows (server/queries/stats/memory-load.ts). */
import { DIMENSIONS } from '../db/cube/dimensions.ts';
import { type AggregateTable, measureColumns } from '../db/cube/tables.ts';
import { GrowInts } from './grow.ts';
import { denseMeasuresOf, type KeyColumn, type KeyValue, type MemoryTable } from './table.ts';
import { buildZones } from './zones.ts';

/**
 * Fills a MemoryTable from rows that arrive in `day` order, each as three texts (the loading query
 * builds them: reading 68 columns a row cost ~120 ns a value, most of them zeros): the key values
 * joined by KEY_SEPARATOR, and the non-zero measures as `index:value ` pairs.
 */
export const KEY_SEPARATOR = '|';

export class TableBuilder {
  private readonly measureNames: string[];
  private readonly dictionaries: Map<KeyValue, number>[];
  /** Each dimension's code, by key number. */
  private readonly codes: GrowInts[];
  /** Key text → key number: most keys recur on many days, so each is parsed once. */
  private readonly keyNumbers = new Map<string, number>();
  private readonly keyOf: GrowInts;
  private readonly days: string[] = [];
  private readonly dayStarts: number[] = [];
  private readonly dayEntryStarts: number[] = [];
  private readonly dense: (GrowInts | undefined)[];
  /** The current row's dense values, by measure index. */
  private readonly row: Float64Array;
  private readonly counts: GrowInts;
  private readonly index: GrowInts;
  private readonly values: GrowInts;
  private rows = 0;

  /**
   * `expectedRows`: the table's row count, read just before: the per-row columns are allocated at
   * that length (growing, as a fallback, if rows were added meanwhile).
   */
  constructor(
    private readonly decl: AggregateTable,
    expectedRows = 0,
  ) {
    const perRow = () => new GrowInts(0xff, expectedRows);
    this.measureNames = measureColumns(decl);
    this.dictionaries = decl.key.map(() => new Map());
    this.codes = decl.key.map(() => new GrowInts());
    this.keyOf = perRow();
    const dense = denseMeasuresOf(decl);
    this.dense = this.measureNames.map((m) => (dense.has(m) ? perRow() : undefined));
    this.counts = perRow();
    // Sparse entries: 2–17 a row in the seeded data; a guess, grown by half when short.
    this.index = new GrowInts(0xff, expectedRows * 2);
    this.values = new GrowInts(0xff, expectedRows * 2);
    this.row = new Float64Array(this.measureNames.length);
  }

  add(day: string, key: string, measures: string): void {
    const last = this.days[this.days.length - 1];
    if (day !== last) {
      if (last !== undefined && day < last) throw new Error(`${this.decl.name}: rows must arrive in day order`);
      this.days.push(day);
      this.dayStarts.push(this.rows);
      this.dayEntryStarts.push(this.index.length);
    }
    this.keyOf.push(this.keyNumbers.get(key) ?? this.parseKey(key));
    let n = 0;
    // `i:v i:v ` — parsed by hand: this loop runs for every stored measure.
    let number = 0;
    let measure = 0;
    for (let c = 0; c < measures.length; c++) {
      const ch = measures.charCodeAt(c);
      if (ch === 58 /* : */) {
        measure = number;
        number = 0;
      } else if (ch === 32 /* space */) {
        if (measure >= this.measureNames.length) throw new Error(`${this.decl.name}: bad measure ${measure}`);
        if (this.dense[measure]) this.row[measure] = number;
        else {
          this.index.push(measure);
          this.values.push(number);
          n++;
        }
        number = 0;
      } else if (ch >= 48 && ch <= 57) number = number * 10 + (ch - 48);
      else throw new Error(`${this.decl.name}: unexpected measure text ${JSON.stringify(measures)}`);
    }
    for (let m = 0; m < this.dense.length; m++) {
      const column = this.dense[m];
      if (!column) continue;
      column.push(this.row[m] as number);
      this.row[m] = 0;
    }
    this.counts.push(n);
    this.rows++;
  }

  /** A new key's number, its dimensions' codes recorded. */
  private parseKey(key: string): number {
    const parts = key.split(KEY_SEPARATOR);
    if (parts.length !== this.decl.key.length)
      throw new Error(`${this.decl.name}: key ${key} is not one value a column`);
    this.decl.key.forEach((d, i) => {
      const raw = parts[i] as string;
      const value = DIMENSIONS[d].type === 'integer' ? Number(raw) : raw;
      const dictionary = this.dictionaries[i] as Map<KeyValue, number>;
      let code = dictionary.get(value);
      if (code === undefined) {
        code = dictionary.size;
        dictionary.set(value, code);
      }
      (this.codes[i] as GrowInts).push(code);
    });
    const number = this.keyNumbers.size;
    this.keyNumbers.set(key, number);
    return number;
  }

  done(): MemoryTable {
    const keys: Record<string, KeyColumn> = {};
    this.decl.key.forEach((d, i) => {
      const codes = (this.codes[i] as GrowInts).done();
      keys[d] = { values: [...(this.dictionaries[i] as Map<KeyValue, number>).keys()], codes };
    });
    return finishTable({
      decl: this.decl,
      measureNames: this.measureNames,
      rows: this.rows,
      days: this.days,
      dayStarts: Uint32Array.from([...this.dayStarts, this.rows]),
      dayEntryStarts: Float64Array.from([...this.dayEntryStarts, this.index.length]),
      keyOf: this.keyOf.done(),
      keyCount: this.keyNumbers.size,
      keys,
      denseColumns: this.dense.map((column) => column?.done()),
      entryCounts: this.counts.done(),
      measureIndex: this.index.done(),
      measureValues: this.values.done(),
    });
  }
}

/** The table with its zones and its size in bytes (the typed arrays'; the dictionaries aside). */
export function finishTable(table: Omit<MemoryTable, 'zones' | 'bytes'>): MemoryTable {
  const zones = buildZones(table.rows, table.keyOf, table.keys, table.entryCounts);
  const arrays = [
    table.keyOf,
    ...Object.values(table.keys).map((k) => k.codes),
    ...table.denseColumns.filter((c) => c !== undefined),
    table.entryCounts,
    table.measureIndex,
    table.measureValues,
    ...Object.values(zones.bits),
    zones.entryStarts,
  ];
  return { ...table, zones, bytes: arrays.reduce((n, a) => n + a.byteLength, 0) };
}
