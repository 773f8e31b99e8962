/**
 * What one request contributes to the aggregate tables. The same function serves incremental
 * maintenance (subtract the old state, add the new one) and the full rebuild, so both agree.
 */
import { DECIDED_APPEAL_OUTCOMES, isActioned, isReversal, type Outcome } from '../../../shared/enums.ts';
import { APPEAL_DAY_EDGES, bucketIndex, DECISION_HOUR_EDGES } from '../../../shared/metrics.ts';
import type { DimensionValues } from '../../db/cube/dimensions.ts';
import { ITEM_MEASURES } from '../../db/cube/measures.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export { ITEM_MEASURES };

const INDEX = new Map<string, number>(ITEM_MEASURES.map((name, i) => [name, i]));
const at = (name: string): number => INDEX.get(name) as number;
const ITEMS = at('items');
const TTD0 = at('ttd_0');
const TTA0 = at('tta_0');
const ITEMS_APPEALED = at('items_appealed');
const ITEMS_APPEAL_DECIDED = at('items_appeal_decided');
const ITEMS_REVERSED = at('items_reversed');
const APPEALS = at('appeals');

export interface AppealState {
  outcome: string;
  filed_at: string | null;
  decided_at: string | null;
}

/** An item's item-level dimensions (by name, from the cube) and what its measures depend on. */
export interface ItemState extends DimensionValues<'item'> {
  outcome: string;
  decided_at: string | null;
  appeals: AppealState[];
}

/** Adds `sign` × the item's measures into `vector` (length ITEM_MEASURES.length). */
export function addItemMeasures(vector: number[], item: ItemState, submittedAt: string, sign: 1 | -1): void {
  const bump = (index: number) => {
    vector[index] = (vector[index] as number) + sign;
  };
  bump(ITEMS);
  bump(at(`n_${item.outcome}`));
  if (item.outcome !== 'pending' && item.decided_at) {
    const hours = (Date.parse(item.decided_at) - Date.parse(submittedAt)) / HOUR_MS;
    bump(TTD0 + bucketIndex(DECISION_HOUR_EDGES, hours));
  }
  const actioned = isActioned(item.outcome as Outcome);
  let anyDecided = false;
  let anyReversed = false;
  for (const appeal of item.appeals) {
    bump(APPEALS);
    bump(at(`appeals_${appeal.outcome}`));
    const decided = (DECIDED_APPEAL_OUTCOMES as readonly string[]).includes(appeal.outcome);
    anyDecided ||= decided;
    anyReversed ||= isReversal(appeal.outcome as never);
    if (decided && appeal.filed_at && appeal.decided_at) {
      const days = (Date.parse(appeal.decided_at) - Date.parse(appeal.filed_at)) / DAY_MS;
      bump(TTA0 + bucketIndex(APPEAL_DAY_EDGES, days));
    }
  }
  if (actioned && item.appeals.length > 0) bump(ITEMS_APPEALED);
  if (actioned && anyDecided) bump(ITEMS_APPEAL_DECIDED);
  if (actioned && anyReversed) bump(ITEMS_REVERSED);
}
