/** Import checkpoints: the last committed line of a file. */
import type { Db } from '../db/database.ts';

export function findCheckpoint(db: Db, fileKey: string) {
  return db.selectFrom('import_checkpoints').selectAll().where('file_key', '=', fileKey).executeTakeFirst();
}

export async function upsertCheckpoint(
  db: Db,
  checkpoint: { fileKey: string; fileName: string; line: number; finished: boolean; at: string },
): Promise<void> {
  const values = { committed_line: checkpoint.line, finished: checkpoint.finished ? 1 : 0, updated_at: checkpoint.at };
  await db
    .insertInto('import_checkpoints')
    .values({ file_key: checkpoint.fileKey, file_name: checkpoint.fileName, ...values })
    .onConflict((oc) => oc.column('file_key').doUpdateSet(values))
    .execute();
}
