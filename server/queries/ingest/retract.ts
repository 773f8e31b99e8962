/** requests.retract's write: the request keeps its rows, marked retracted with the reason. */
import type { Db } from '../../db/database.ts';

export async function updateRequestRetracted(db: Db, requestId: number, reason: string, at: string): Promise<void> {
  await db
    .updateTable('requests')
    .set({ retracted_at: at, retraction_reason: reason, updated_at: at })
    .where('id', '=', requestId)
    .execute();
}
