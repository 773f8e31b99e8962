/**
 * A token that changes whenever the data may have changed, for caching reads exactly: the
 * `data_version` row every write transaction of records, catalogue or aggregates bumps
 * (server/db/transaction.ts); account bookkeeping leaves it alone. Read by the engine's dialect.
 */
import type { Db } from '../../db/database.ts';
import { dialectOf } from '../../db/dialect/index.ts';

export function dataVersion(db: Db): Promise<string> {
  return dialectOf(db).dataVersion(db);
}
