/** Single-record writes of items.recordOutcome and appeals.record. */
import type { Db } from '../../db/database.ts';
import type { AppealRow, NewAppeal } from '../../db/schema.ts';

export interface ItemOutcomeFields {
  outcome: string;
  outcome_basis: string | null;
  decided_at: string | null;
  automated: number | null;
  user_notified: number | null;
}

export async function updateItemOutcome(db: Db, itemId: number, fields: ItemOutcomeFields, at: string): Promise<void> {
  await db
    .updateTable('items')
    .set({ ...fields, updated_at: at })
    .where('id', '=', itemId)
    .execute();
}

export function insertAppeal(db: Db, appeal: NewAppeal): Promise<AppealRow> {
  return db.insertInto('appeals').values(appeal).returningAll().executeTakeFirstOrThrow();
}

export interface AppealUpdate {
  appellant: string | null;
  venue: string | null;
  filed_at: string | null;
  outcome: string;
  decided_at: string | null;
}

export async function updateAppeal(db: Db, appealId: number, fields: AppealUpdate, at: string): Promise<void> {
  await db
    .updateTable('appeals')
    .set({ ...fields, updated_at: at })
    .where('id', '=', appealId)
    .execute();
}
