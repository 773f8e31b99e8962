/** `npm run migrate`: apply pending migrations to DATABASE_URL. */
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

const { db, file, close } = openDatabase();
try {
  const { results = [] } = await migrateToLatest(db);
  for (const r of results) console.log(`${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}`);
  console.log(results.length ? `${file} is up to date.` : `${file}: nothing to migrate.`);
} finally {
  await close();
}
