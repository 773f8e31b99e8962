/**
 * Accumulates aggregate changes for one write transaction and applies them with one upsert per
 * table. Counts are additive, so an update is "subtract the old state, add the new one".
 */
import type { Db } from '../../db/database.ts';
import { chunked, rowsPerInsert } from '../../queries/chunks.ts';
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
    const requestKey = [...base, request.profile_set_id];
    const requestId = requestKey.join('\u0001');
    const counted = this.requestRows.get(requestId) ?? { key: requestKey, count: 0 };
    counted.count += sign;
    this.requestRows.set(requestId, counted);
    for (const item of request.items) {
      const key = [...base, item.content_type, item.author_kind];
      const id = key.join('\u0001');
      let row = this.itemRows.get(id);
      if (!row) {
        row = { key, vector: new Array<number>(ITEM_MEASURES.length).fill(0) };
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
    const itemRows = [...this.itemRows.values()].filter((r) => r.vector.some((v) => v !== 0));
    const requestRows = [...this.requestRows.values()].filter((r) => r.count !== 0);
    let shrank = false;
    for (const part of chunked(itemRows, rowsPerInsert(ITEM_KEY.length + ITEM_MEASURES.length))) {
      const values = part.map((r) => {
        shrank ||= r.vector.some((v) => v < 0);
        return Object.fromEntries([
          ...ITEM_KEY.map((col, i) => [col, r.key[i]]),
          ...ITEM_MEASURES.map((col, i) => [col, r.vector[i]]),
        ]);
      });
      await trx
        .insertInto('agg_items')
        .values(values as never)
        .onConflict((oc) =>
          oc
            .columns([...ITEM_KEY])
            .doUpdateSet((eb) =>
              Object.fromEntries(
                ITEM_MEASURES.map((m) => [
                  m,
                  eb(eb.ref(`agg_items.${m}` as never), '+', eb.ref(`excluded.${m}` as never)),
                ]),
              ),
            ),
        )
        .execute();
    }
    for (const part of chunked(requestRows, rowsPerInsert(REQUESTS_KEY.length + 1))) {
      const values = part.map((r) => {
        shrank ||= r.count < 0;
        return { ...Object.fromEntries(REQUESTS_KEY.map((col, i) => [col, r.key[i]])), requests: r.count };
      });
      await trx
        .insertInto('agg_requests')
        .values(values as never)
        .onConflict((oc) =>
          oc
            .columns([...REQUESTS_KEY])
            .doUpdateSet((eb) => ({ requests: eb(eb.ref('agg_requests.requests'), '+', eb.ref('excluded.requests')) })),
        )
        .execute();
    }
    if (shrank) {
      const days = [...this.days];
      for (const part of chunked(days, 500)) {
        await trx.deleteFrom('agg_items').where('items', '=', 0).where('day', 'in', part).execute();
        await trx.deleteFrom('agg_requests').where('requests', '=', 0).where('day', 'in', part).execute();
      }
    }
  }
}
