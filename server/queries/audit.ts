/** The append-only audit log. */
import type { Db } from '../db/database.ts';
import type { NewAuditEntry } from '../db/schema.ts';
import { chunked, rowsPerInsert } from './chunks.ts';

export async function insertAuditEntries(db: Db, entries: readonly NewAuditEntry[]): Promise<void> {
  for (const part of chunked(entries, rowsPerInsert(7))) await db.insertInto('audit_log').values(part).execute();
}
