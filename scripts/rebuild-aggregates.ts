/** `npm run db:rebuild-aggregates`: recompute the aggregate tables from the item tables. */
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { rebuildAggregates } from '../server/services/aggregates/rebuild.ts';

const { db, label, close } = openDatabase();
try {
  await migrateToLatest(db);
  const started = performance.now();
  const { requests } = await rebuildAggregates(db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Rebuilt aggregates of ${requests.toLocaleString('en')} requests in ${label} (${seconds} s).`);
} finally {
  await close();
}
