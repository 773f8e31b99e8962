import { readFileSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { afterEach, expect, test } from 'vitest';
import { createTestDb, type TestDb, testEngine } from '../../test/db.ts';
import { migrations } from './index.ts';

let t: TestDb | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

/** The last migration sqlite-schema.json covers. */
const PINNED_UP_TO = '2026_12_04_0900_data_version';

// Made engine-aware for PostgreSQL, the migrations must still build exactly the SQLite schema they
// built before (sqlite-schema.json: sqlite_master of a fresh database migrated at commit 3bbed0f).
test.skipIf(testEngine() !== 'sqlite')('the migrated SQLite schema is unchanged, byte for byte', async () => {
  t = await createTestDb();
  // The pin covers the migrations that existed then; later ones bring their own tables.
  const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
  expect((await migrator.migrateTo(PINNED_UP_TO)).error).toBeUndefined();
  const { rows } = await sql`select type, name, tbl_name, sql from sqlite_master order by name`.execute(t.db);
  const expected = JSON.parse(readFileSync(new URL('./sqlite-schema.json', import.meta.url), 'utf8'));
  expect(rows).toEqual(expected);
});

// Since 2026_12_06_0100 SQLite has PostgreSQL's one-row version counter (the stats cache key).
test.skipIf(testEngine() !== 'sqlite')('the latest SQLite schema has the data_version row', async () => {
  t = await createTestDb(); // migrated to the latest
  const { rows } = await sql`select id, version from data_version`.execute(t.db);
  expect(rows).toEqual([{ id: 1, version: 0 }]);
  await expect(sql`insert into data_version (id, version) values (2, 0)`.execute(t.db)).rejects.toThrow(/CHECK/);
});
