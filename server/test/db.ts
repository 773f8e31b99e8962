/** A fresh, migrated SQLite file per test: no mocks of our own database (STYLE.md rule 11). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenDatabase, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export interface TestDb extends OpenDatabase {
  dir: string;
  /** The DATABASE_URL of this database, for child processes (servers, CLI commands). */
  url: string;
  /** Closes the database and deletes its directory. */
  dispose: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'takedown-test-'));
  const url = join(dir, 'test.sqlite');
  const open = openDatabase(url);
  await migrateToLatest(open.db);
  return {
    ...open,
    dir,
    url,
    dispose: async () => {
      await open.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Number of rows in a table. */
export async function countRows(
  db: OpenDatabase['db'],
  table: 'requests' | 'items' | 'appeals' | 'audit_log' | 'agg_items',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
