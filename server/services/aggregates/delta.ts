/**
 * Accumulates aggregate changes for one write transaction and applies them with one upsert per
 * row and table (agg_items, agg_requests and their rollups). Counts are additive, so an update
 * is "subtract the old state, add the new one".
 */
import { periodOf } from '../../../shared/periods.ts';
import type { Db } from '../../db/database.ts';
import { deleteEmptiedAggregateRows, upsertAggregateRows } from '../../queries/aggregates/upsert.ts';
import { AGGREGATE_TABLES, type AggregateTable, REQUEST_DIMENSIONS } from '../../queries/stats/aggregate-tables.ts';
import { addItemMeasures, ITEM_MEASURES, type ItemState } from './measures.ts';

/** A request's aggregate dimensions and its items' states. */
export interface RequestState {
  submitted_at: string;
  source_id: number;
  jurisdiction: string;
  agency_id: number;
  platform_id: number;
  channel: string;
  basis_set_id: number;
  profile_set_id: number;
  retracted: boolean;
  items: ItemState[];
}

type KeyValues = (string | number)[];
type Rows = Map<string, { key: KeyValues; vector: number[] }>;

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const keyColumns = (table: AggregateTable) => ['day', ...REQUEST_DIMENSIONS, ...table.extraKey];
const measureColumns = (table: AggregateTable) => [
  ...(table.requests ? ['requests'] : []),
  ...(table.itemMeasures ? ITEM_MEASURES : []),
];

/** The measure vector of the row for `key`, created (zeros) when new. */
function rowVector(rows: Rows, key: KeyValues, width: number): number[] {
  const id = key.join('\u0001');
  let row = rows.get(id);
  if (!row) {
    row = { key, vector: new Array<number>(width).fill(0) };
    rows.set(id, row);
  }
  return row.vector;
}

/** Adds `vector` into the row for `key` from position `offset`. */
function addInto(rows: Rows, key: KeyValues, vector: readonly number[], offset = 0, width = vector.length): void {
  const target = rowVector(rows, key, width);
  for (let i = 0; i < vector.length; i++) target[offset + i] = (target[offset + i] as number) + (vector[i] as number);
}

export class AggregateDelta {
  /** agg_items rows: day, request dimensions, content type, author kind → item measures. */
  private readonly itemRows: Rows = new Map();
  /** agg_requests rows: day, request dimensions, profile set → [requests]. */
  private readonly requestRows: Rows = new Map();

  /** Adds (sign 1) or removes (sign −1) everything a request contributes. Retracted ones contribute nothing. */
  addRequest(request: RequestState, sign: 1 | -1): void {
    if (request.retracted) return;
    const base: KeyValues = [
      request.submitted_at.slice(0, 10),
      request.source_id,
      request.jurisdiction,
      request.agency_id,
      request.platform_id,
      request.channel,
      request.basis_set_id,
    ];
    addInto(this.requestRows, [...base, request.profile_set_id], [sign]);
    for (const item of request.items) {
      const vector = rowVector(this.itemRows, [...base, item.content_type, item.author_kind], ITEM_MEASURES.length);
      addItemMeasures(vector, item, request.submitted_at, sign);
    }
  }

  get isEmpty(): boolean {
    return this.itemRows.size === 0 && this.requestRows.size === 0;
  }

  /** The changes of every aggregate table, rolled up from the two finest ones. */
  private tableRows(): [AggregateTable, Rows][] {
    const T = AGGREGATE_TABLES;
    const itemsMonthly: Rows = new Map();
    const requestsMonthly: Rows = new Map();
    const daily: Rows = new Map();
    const weekly: Rows = new Map();
    const monthly: Rows = new Map();
    const width = 1 + ITEM_MEASURES.length;
    for (const { key, vector } of this.itemRows.values()) {
      const [day, ...rest] = key as [string, ...KeyValues];
      const dimensions = rest.slice(0, REQUEST_DIMENSIONS.length);
      addInto(itemsMonthly, [monthOf(day), ...rest], vector);
      addInto(daily, [day, ...dimensions], vector, 1, width);
      addInto(monthly, [monthOf(day), ...dimensions], vector, 1, width);
    }
    for (const { key, vector } of this.requestRows.values()) {
      const [day, ...rest] = key as [string, ...KeyValues];
      const dimensions = rest.slice(0, REQUEST_DIMENSIONS.length);
      addInto(requestsMonthly, [monthOf(day), ...rest], vector);
      addInto(daily, [day, ...dimensions], vector, 0, width);
      addInto(monthly, [monthOf(day), ...dimensions], vector, 0, width);
    }
    for (const { key, vector } of daily.values()) {
      const [day, ...dimensions] = key as [string, ...KeyValues];
      addInto(weekly, [periodOf(day, 'week'), ...dimensions], vector);
    }
    return [
      [T.items, this.itemRows],
      [T.requests, this.requestRows],
      [T.itemsMonthly, itemsMonthly],
      [T.requestsMonthly, requestsMonthly],
      [T.daily, daily],
      [T.weekly, weekly],
      [T.monthly, monthly],
    ];
  }

  /** Writes the accumulated changes; rows that drop to zero are deleted to keep the tables small. */
  async apply(trx: Db): Promise<void> {
    for (const [table, rows] of this.tableRows()) {
      const days = new Set<string>();
      const changed: KeyValues[] = [];
      for (const { key, vector } of rows.values()) {
        if (!vector.some((v) => v !== 0)) continue;
        if (vector.some((v) => v < 0)) days.add(key[0] as string);
        changed.push([...key, ...vector]);
      }
      await upsertAggregateRows(trx, table.name, keyColumns(table), measureColumns(table), changed);
      // A key's rows empty out together: `requests` and `items` reach 0 when its last request goes.
      await deleteEmptiedAggregateRows(trx, table.name, table.itemMeasures ? 'items' : 'requests', [...days]);
    }
  }
}
