/**
 * A fresh, migrated database per test: no mocks of our own database (STYLE.md rule 11). The engine
 * is TEST_ENGINE: `sqlite` (default, a file in a temporary directory) or `postgres` (a new database
 * in the cluster at TEST_POSTGRES_URL, an admin URL, dropped by dispose).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import { type OpenDatabase, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export interface TestDb extends OpenDatabase {
  /** A temporary directory for the test's files (and the SQLite database). */
  dir: string;
  /** Closes the database and deletes it and its directory. */
  dispose: () => Promise<void>;
}

export const testEngine = (): 'sqlite' | 'postgres' => (process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite');

/** Runs one statement on the cluster's admin database (CREATE/DROP DATABASE cannot run in a pool's transaction). */
async function onCluster(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) {
    throw new Error('TEST_ENGINE=postgres needs TEST_POSTGRES_URL (an admin URL; the vitest pg projects start one)');
  }
  const name = `t_${randomBytes(8).toString('hex')}`;
  await onCluster(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(adminUrl, name) };
}

/**
 * Drops a test database once its closed pool's backends have gone (they exit just after the pool
 * ends). Not WITH (FORCE) at once: killing a backend that is still saying goodbye surfaces in the
 * test process as an unhandled "terminating connection" error.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await onCluster(adminUrl, `drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: object_in_use
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await onCluster(adminUrl, `drop database if exists ${name} with (force)`);
}

export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'takedown-test-'));
  const pgDatabase = testEngine() === 'postgres' ? await createPostgresDatabase() : undefined;
  const open = openDatabase(pgDatabase?.url ?? join(dir, 'test.sqlite'));
  await migrateToLatest(open.db);
  return {
    ...open,
    dir,
    dispose: async () => {
      await open.close();
      await pgDatabase?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For tests that open several databases: returns `fresh()`, a new test database disposed after the
 * test that opened it (registers the afterEach; call at a file's or describe block's top level).
 */
export function perTestDatabases(): () => Promise<TestDb> {
  const open: TestDb[] = [];
  afterEach(async () => {
    for (const t of open.splice(0)) await t.dispose();
  });
  return async () => {
    const t = await createTestDb();
    open.push(t);
    return t;
  };
}

/** Number of rows in a table. */
export async function countRows(
  db: OpenDatabase['db'],
  table: 'requests' | 'items' | 'appeals' | 'audit_log' | 'agg_items' | 'agg_requests' | 'events',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Number of rows in any table (the accounts tests count theirs). */
export async function countRowsOf(
  db: OpenDatabase['db'],
  table: 'login_failures' | 'sessions' | 'users' | 'api_tokens',
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
