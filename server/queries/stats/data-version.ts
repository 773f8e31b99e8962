/**
 * A token that changes whenever the data may have changed, for caching reads exactly. How it is
 * read differs by engine (server/db/dialect/): SQLite's change counters, PostgreSQL's version row.
 */
import type { Db } from '../../db/database.ts';
import { dialectOf } from '../../db/dialect/index.ts';

export function dataVersion(db: Db): Promise<string> {
  return dialectOf(db).dataVersion(db);
}
