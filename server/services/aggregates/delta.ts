/**
 * Accumulates aggregate changes for one write transaction and applies them with one upsert per
 * table. Counts are additive, so an update is "subtract the old state, add the new one".
 */
import type { Db } from '../../db/database.ts';
import { prepare } from '../../db/prepared.ts';
import { chunked } from '../../queries/chunks.ts';
import { addItemMeasures, ITEM_MEASURES, type ItemState } from './measures.ts';

/** The request-level dimensions shared by both aggregate tables. */
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

const REQUEST_KEY = [
  'day',
  'source_id',
  'jurisdiction',
  'agency_id',
  'platform_id',
  'channel',
  'basis_set_id',
] as const;
const ITEM_KEY = [...REQUEST_KEY, 'content_type', 'author_kind'] as const;
const REQUESTS_KEY = [...REQUEST_KEY, 'profile_set_id'] as const;

type KeyValues = (string | number)[];

export class AggregateDelta {
  private readonly itemRows = new Map<string, { key: KeyValues; vector: number[] }>();
  private readonly requestRows = new Map<string, { key: KeyValues; count: number }>();
  private readonly days = new Set<string>();

  /** Adds (sign 1) or removes (sign −1) everything a request contributes. Retracted ones contribute nothing. */
  addRequest(request: RequestState, sign: 1 | -1): void {
    if (request.retracted) return;
    const day = request.submitted_at.slice(0, 10);
    this.days.add(day);
    const base: KeyValues = [
      day,
      request.source_id,
      request.jurisdiction,
      request.agency_id,
      request.platform_id,
      request.channel,
      request.basis_set_id,
    ];
    const baseId = base.join('\u0001');
    const requestId = `${baseId}\u0001${request.profile_set_id}`;
    let counted = this.requestRows.get(requestId);
    if (!counted) {
      counted = { key: [...base, request.profile_set_id], count: 0 };
      this.requestRows.set(requestId, counted);
    }
    counted.count += sign;
    for (const item of request.items) {
      const id = `${baseId}\u0001${item.content_type}\u0001${item.author_kind}`;
      let row = this.itemRows.get(id);
      if (!row) {
        row = {
          key: [...base, item.content_type, item.author_kind],
          vector: new Array<number>(ITEM_MEASURES.length).fill(0),
        };
        this.itemRows.set(id, row);
      }
      addItemMeasures(row.vector, item, request.submitted_at, sign);
    }
  }

  get isEmpty(): boolean {
    return this.itemRows.size === 0 && this.requestRows.size === 0;
  }

  /** Writes the accumulated changes; rows that drop to zero are deleted to keep the tables small. */
  async apply(trx: Db): Promise<void> {
    const upsertItems = prepareUpsert(trx, 'agg_items', ITEM_KEY, ITEM_MEASURES);
    const upsertRequests = prepareUpsert(trx, 'agg_requests', REQUESTS_KEY, ['requests']);
    let shrank = false;
    for (const { key, vector } of this.itemRows.values()) {
      if (!vector.some((v) => v !== 0)) continue;
      shrank ||= vector.some((v) => v < 0);
      upsertItems([...key, ...vector]);
    }
    for (const { key, count } of this.requestRows.values()) {
      if (count === 0) continue;
      shrank ||= count < 0;
      upsertRequests([...key, count]);
    }
    if (shrank) {
      for (const part of chunked([...this.days], 500)) {
        await trx.deleteFrom('agg_items').where('items', '=', 0).where('day', 'in', part).execute();
        await trx.deleteFrom('agg_requests').where('requests', '=', 0).where('day', 'in', part).execute();
      }
    }
  }
}

/** INSERT … ON CONFLICT (key) DO UPDATE SET m = m + excluded.m, for every measure m. */
function prepareUpsert(
  trx: Db,
  table: 'agg_items' | 'agg_requests',
  key: readonly string[],
  measures: readonly string[],
) {
  const row = Object.fromEntries([...key, ...measures].map((c) => [c, null]));
  const compiled = trx
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) =>
      oc
        .columns(key as never)
        .doUpdateSet((eb) =>
          Object.fromEntries(
            measures.map((m) => [m, eb(eb.ref(`${table}.${m}` as never), '+', eb.ref(`excluded.${m}` as never))]),
          ),
        ),
    )
    .compile();
  return prepare(trx, compiled);
}
