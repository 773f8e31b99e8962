/**
 * A delta recorded as the request states it was given, packed into one flat array for another
 * thread, where `replay` adds them to an AggregateDelta: the staging thread (stage.ts) then does
 * all the aggregate work. Flat values clone several times faster than the states' objects or the
 * delta's measure vectors (mostly zeros), which cost ≈ 0.8 s of a 200,000-item seed to send.
 */
import { dimensionsOf } from '../../db/cube/dimensions.ts';
import { AggregateDelta, type RequestState } from './delta.ts';
import type { AppealState, ItemState } from './measures.ts';

export type PackedRequests = (string | number | null)[];

const REQUEST_FIELDS = dimensionsOf(['request', 'itemSet']);
const ITEM_FIELDS = dimensionsOf(['item']);
type Values = Record<string, string | number>;

export class RecordedDelta extends AggregateDelta {
  /** Per request: sign, submitted_at, its dimensions, then its items (with their appeals), each counted first. */
  readonly packed: PackedRequests = [];

  override addRequest(request: RequestState, sign: 1 | -1): void {
    // As AggregateDelta: retracted requests contribute nothing.
    if (request.retracted) return;
    const out = this.packed;
    out.push(sign, request.submitted_at);
    for (const field of REQUEST_FIELDS) out.push((request as unknown as Values)[field] as string | number);
    out.push(request.items.length);
    for (const item of request.items) {
      for (const field of ITEM_FIELDS) out.push((item as unknown as Values)[field] as string | number);
      out.push(item.outcome, item.decided_at, item.appeals.length);
      for (const appeal of item.appeals) out.push(appeal.outcome, appeal.filed_at, appeal.decided_at);
    }
  }

  override get isEmpty(): boolean {
    return this.packed.length === 0;
  }

  override apply(): Promise<void> {
    throw new Error('a recorded delta is applied by replaying it (recorded.ts)');
  }
}

/** Adds every request state of `packed` (RecordedDelta.packed) to `into`, with its sign. */
export function replay(packed: Readonly<PackedRequests>, into: AggregateDelta): void {
  let at = 0;
  const next = () => packed[at++] as string | number | null;
  while (at < packed.length) {
    const sign = next() as 1 | -1;
    // Built field by field: object spreads are slow in V8 (see requestState).
    const request: Record<string, unknown> = { submitted_at: next(), retracted: false };
    for (const field of REQUEST_FIELDS) request[field] = next();
    const items: ItemState[] = new Array(next() as number);
    request.items = items;
    for (let i = 0; i < items.length; i++) {
      const item: Record<string, unknown> = {};
      for (const field of ITEM_FIELDS) item[field] = next();
      item.outcome = next();
      item.decided_at = next();
      const appeals: AppealState[] = new Array(next() as number);
      for (let a = 0; a < appeals.length; a++) {
        appeals[a] = {
          outcome: next() as string,
          filed_at: next() as string | null,
          decided_at: next() as string | null,
        };
      }
      item.appeals = appeals;
      items[i] = item as unknown as ItemState;
    }
    into.addRequest(request as unknown as RequestState, sign);
  }
}
