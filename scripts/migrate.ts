/** `npm run migrate`: apply pending migrations to DATABASE_URL. */
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

const { db, label, close } = openDatabase();
try {
  const { results = [] } = await migrateToLatest(db);
  for (const r of results) console.log(`${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`);
  console.log(results.length ? `${label} is up to date.` : `${label}: nothing to migrate.`);
} finally {
  await close();
}
