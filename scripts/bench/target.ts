/**
 * Where the benchmark's databases live, by engine: SQLite files `data/bench/<name>.sqlite`, or
 * PostgreSQL databases `bench_<name>` in the cluster at BENCH_POSTGRES_URL (an admin URL). Without
 * it a throwaway cluster (scripts/pg-cluster.sh) runs for the bench and is stopped on exit, on
 * error and on Ctrl-C. Everything else in the bench takes a database URL from here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type Engine, type OpenDatabase, openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { BENCH_DIR } from './fixtures.ts';

export interface BenchTarget {
  engine: Engine;
  /** "SQLite 3.x" or "PostgreSQL 15.x", for the table's first line. */
  version: string;
  /** Where the databases are, for the output. */
  where: string;
  /** Databases outlive the run (SQLite files, BENCH_POSTGRES_URL): a seeded one may be reused. */
  persistent: boolean;
  url: (name: string) => string;
  exists: (name: string) => Promise<boolean>;
  /** Deletes the database `name` if there, creates it empty. */
  recreate: (name: string) => Promise<void>;
}

/** Runs statements on the cluster's admin database (CREATE/DROP DATABASE cannot run in a transaction). */
async function onCluster<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** `bench_<name>` in the characters an unquoted identifier allows, within its 63 bytes. */
export const postgresName = (name: string) => `bench_${name.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);

function sqliteTarget(): BenchTarget {
  const file = (name: string) => `${BENCH_DIR}/${name}.sqlite`;
  const memory = new SQLite(':memory:');
  const version = memory.prepare('select sqlite_version() as v').pluck().get() as string;
  memory.close();
  return {
    engine: 'sqlite',
    version: `SQLite ${version}`,
    where: `files ${BENCH_DIR}/*.sqlite`,
    persistent: true,
    url: file,
    exists: async (name) => existsSync(file(name)),
    recreate: async (name) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file(name)}${suffix}`, { force: true });
    },
  };
}

/** Starts scripts/pg-cluster.sh and registers its stop for every way this process can end. */
function throwawayCluster(): string {
  const dir = mkdtempSync('/tmp/takedown-bench-pg-');
  const stop = () => execFileSync('scripts/pg-cluster.sh', ['stop', dir], { stdio: 'inherit' });
  // 'exit' also runs after an uncaught error; signals must first be turned into an exit.
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  try {
    return execFileSync('scripts/pg-cluster.sh', ['start', dir], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
  } catch (error) {
    throw new Error(
      `--engine postgres: no BENCH_POSTGRES_URL and no throwaway cluster could be started (${error}). ` +
        'Install PostgreSQL (apt-get install postgresql) or set BENCH_POSTGRES_URL to an admin URL.',
    );
  }
}

async function postgresTarget(): Promise<BenchTarget> {
  const given = process.env.BENCH_POSTGRES_URL;
  const admin = given ?? throwawayCluster();
  const url = (name: string) => {
    const u = new URL(admin);
    u.pathname = `/${postgresName(name)}`;
    return u.toString();
  };
  const version = await onCluster(admin, async (c) => (await c.query('show server_version')).rows[0].server_version);
  return {
    engine: 'postgres',
    version: `PostgreSQL ${String(version).split(' ')[0]}`,
    where: given
      ? `databases bench_* in the cluster at BENCH_POSTGRES_URL (${new URL(admin).host})`
      : `a throwaway cluster at ${new URL(admin).host} (no BENCH_POSTGRES_URL), stopped at the end`,
    persistent: Boolean(given),
    url,
    exists: (name) =>
      onCluster(
        admin,
        async (c) =>
          (await c.query('select 1 from pg_database where datname = $1', [postgresName(name)])).rowCount === 1,
      ),
    recreate: (name) =>
      onCluster(admin, async (c) => {
        // FORCE: a child server of an earlier phase may still be closing its connections.
        await c.query(`drop database if exists ${postgresName(name)} with (force)`);
        await c.query(`create database ${postgresName(name)}`);
      }),
  };
}

export function benchTarget(engine: Engine): Promise<BenchTarget> {
  mkdirSync(BENCH_DIR, { recursive: true });
  return engine === 'postgres' ? postgresTarget() : Promise.resolve(sqliteTarget());
}

/** A new, migrated database `name` (any previous one of that name is deleted). */
export async function freshDatabase(target: BenchTarget, name: string): Promise<OpenDatabase> {
  await target.recreate(name);
  const open = openDatabase(target.url(name));
  await migrateToLatest(open.db);
  return open;
}
