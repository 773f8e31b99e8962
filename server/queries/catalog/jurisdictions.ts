/** Jurisdiction rows: ISO code and English name. */
import type { Db } from '../../db/database.ts';

/** Adds the jurisdictions not there yet; existing rows are left as they are. */
export async function insertMissingJurisdictions(
  db: Db,
  jurisdictions: readonly { code: string; name: string }[],
): Promise<void> {
  if (jurisdictions.length === 0) return;
  await db
    .insertInto('jurisdictions')
    .values([...jurisdictions])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export function findJurisdictions(db: Db) {
  return db.selectFrom('jurisdictions').select(['code', 'name']).execute();
}
