/** Whether a database holds anything yet (npm start seeds and imports only into empty ones). */
import type { Db } from '../db/database.ts';

export async function hasRequests(db: Db): Promise<boolean> {
  return (await db.selectFrom('requests').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function hasPublishedFiles(db: Db): Promise<boolean> {
  return (await db.selectFrom('published_files').select('id').limit(1).executeTakeFirst()) !== undefined;
}
