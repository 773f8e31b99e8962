/** Import checkpoints: the last committed line of a file, written in the same transaction as the chunk. */
import type { Db } from '../../db/database.ts';

export async function findCheckpoint(db: Db, fileKey: string) {
  return db.selectFrom('import_checkpoints').selectAll().where('file_key', '=', fileKey).executeTakeFirst();
}

export async function saveCheckpoint(db: Db, fileKey: string, fileName: string, line: number, finished: boolean) {
  const values = { committed_line: line, finished: finished ? 1 : 0, updated_at: new Date().toISOString() };
  await db
    .insertInto('import_checkpoints')
    .values({ file_key: fileKey, file_name: fileName, ...values })
    .onConflict((oc) => oc.column('file_key').doUpdateSet(values))
    .execute();
}
