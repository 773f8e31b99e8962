/**
 * Import rate against the machine's baseline: the same rows inserted with the engine's driver and
 * no query builder, 1,000 requests per transaction, from records parsed before the clock starts:
 * on SQLite better-sqlite3 prepared statements row by row (here), on PostgreSQL one array per
 * column through unnest with pg (raw-postgres.ts); the rows come from baseline-rows.ts. "The same
 * rows" are the base rows (requests, citation links, items, appeals, audit entries) and, for the second baseline, also the aggregate rows the import left behind, copied
 * from the imported database and inserted in proportion with each transaction.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openDatabase } from '../../server/db/database.ts';
import { openSqliteConnection } from '../../server/db/dialect/index.ts';
import { AGGREGATE_TABLES } from '../../server/queries/stats/aggregate-tables.ts';
import { importFile } from '../../server/services/files/import.ts';
import { RequestInput } from '../../shared/interchange.ts';
import { JURISDICTION_CODES } from '../../shared/jurisdictions.ts';
import {
  APPEAL_COLUMNS,
  AUDIT_COLUMNS,
  appealRows,
  auditRow,
  ITEM_COLUMNS,
  insertStatement,
  itemRow,
  LINK_COLUMNS,
  linkRows,
  REQUEST_COLUMNS,
  requestRow,
} from './baseline-rows.ts';
import { rawPostgresInserts } from './raw-postgres.ts';
import { type BenchTarget, freshDatabase } from './target.ts';

async function readAll(path: string): Promise<RequestInput[]> {
  const out: RequestInput[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line) out.push(RequestInput.parse(JSON.parse(line)));
  }
  return out;
}

export interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

export interface RawRate {
  items: number;
  rows: number;
  seconds: number;
  itemsPerSecond: number;
}

/** Every row of the aggregate tables of an imported database, to insert again in the baseline. */
export async function aggregateRows(url: string): Promise<TableRows[]> {
  const { db, close } = openDatabase(url);
  try {
    const out: TableRows[] = [];
    for (const { name } of Object.values(AGGREGATE_TABLES)) {
      const rows: Record<string, unknown>[] = await db.selectFrom(name).selectAll().execute();
      const columns = Object.keys(rows[0] ?? {});
      if (rows.length) out.push({ table: name, columns, rows: rows.map((row) => columns.map((c) => row[c])) });
    }
    return out;
  } finally {
    await close();
  }
}

export async function rawInsertRate(target: BenchTarget, path: string, extra: TableRows[] = []): Promise<RawRate> {
  const records = await readAll(path);
  const fresh = await freshDatabase(target, 'raw-insert');
  await fresh.close();
  return fresh.file ? rawSqliteInserts(fresh.file, records, extra) : rawPostgresInserts(fresh.url, records, extra);
}

function rawSqliteInserts(file: string, records: RequestInput[], extra: TableRows[]): RawRate {
  // The same file and settings as the app's, without the query builder.
  const sqlite = openSqliteConnection(file);
  const jurisdiction = sqlite.prepare('insert into jurisdictions (code, name) values (?, ?)');
  for (const code of JURISDICTION_CODES) jurisdiction.run(code, code);
  sqlite.exec(`insert into sources(name, kind) values ('bench', 'synthetic');
    insert into platforms(slug, name) values ('facebook', 'facebook');
    insert into agencies(jurisdiction, name, name_key, kind) values ('KZ', 'a', 'a', 'ministry');
    with recursive n(i) as (select 1 union all select i + 1 from n where i < 20)
      insert into legal_bases(jurisdiction, instrument, article, citation_key, category, status)
      select 'KZ', 'x', i, 'k' || i, 'other', 'reviewed' from n;
    insert into basis_sets(set_key) values ('1'); insert into profile_sets(set_key) values ('post:unknown');`);
  const now = new Date().toISOString();
  const request = sqlite.prepare(insertStatement('requests', REQUEST_COLUMNS));
  const link = sqlite.prepare(insertStatement('request_legal_bases', LINK_COLUMNS));
  const item = sqlite.prepare(insertStatement('items', ITEM_COLUMNS));
  const appeal = sqlite.prepare(insertStatement('appeals', APPEAL_COLUMNS));
  const audit = sqlite.prepare(insertStatement('audit_log', AUDIT_COLUMNS));
  const write = sqlite.transaction((batch: RequestInput[]) => {
    for (const r of batch) {
      const id = Number(request.run(requestRow(r, now)).lastInsertRowid);
      for (const row of linkRows(r, id)) link.run(row);
      for (const i of r.items) {
        const itemId = Number(item.run(itemRow(i, id, now)).lastInsertRowid);
        for (const row of appealRows(i, itemId, now)) appeal.run(row);
      }
      audit.run(auditRow(r, now));
    }
  });
  const extraInserts = extra.map(({ table, columns, rows }) => ({
    rows,
    insert: sqlite.prepare(insertStatement(table, columns)),
  }));
  // Each transaction also inserts its share of the aggregate rows.
  const writeExtra = sqlite.transaction((from: number, to: number) => {
    for (const { rows, insert } of extraInserts) {
      for (let i = Math.floor(from * rows.length); i < Math.floor(to * rows.length); i++) insert.run(rows[i]);
    }
  });
  const items = records.reduce((n, r) => n + r.items.length, 0);
  const started = performance.now();
  for (let i = 0; i < records.length; i += 1000) {
    write(records.slice(i, i + 1000));
    if (extra.length) writeExtra(i / records.length, Math.min(1, (i + 1000) / records.length));
  }
  const seconds = (performance.now() - started) / 1000;
  sqlite.close();
  const rows = extra.reduce((n, t) => n + t.rows.length, 0);
  return { items, rows, seconds, itemsPerSecond: items / seconds };
}

export async function importRate(
  target: BenchTarget,
  path: string,
): Promise<{ items: number; seconds: number; itemsPerSecond: number; url: string }> {
  const { db, close, url } = await freshDatabase(target, 'import');
  const started = performance.now();
  const summary = await importFile(db, path, { kind: 'synthetic', skipInvalid: false, chunkSize: 1000 });
  const seconds = (performance.now() - started) / 1000;
  await close();
  return { items: summary.items, seconds, itemsPerSecond: summary.items / seconds, url };
}
