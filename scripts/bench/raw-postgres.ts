/**
 * The ingest baseline on PostgreSQL: the same rows as the SQLite baseline (ingest.ts), written with
 * the pg client and no query builder. One array per column through `unnest`, ids by RETURNING,
 * 1,000 requests per transaction: the fastest plain technique short of COPY (another protocol,
 * which hands back no ids for the rows of the next table), and the one the app's bulk path uses.
 */
import pg from 'pg';
import { arrayLiteral } from '../../server/db/dialect/postgres.ts';
import type { RequestInput } from '../../shared/interchange.ts';
import { JURISDICTION_CODES } from '../../shared/jurisdictions.ts';
import {
  APPEAL_COLUMNS,
  AUDIT_COLUMNS,
  appealRows,
  auditRow,
  ITEM_COLUMNS,
  itemRow,
  LINK_COLUMNS,
  linkRows,
  REQUEST_COLUMNS,
  requestRow,
} from './baseline-rows.ts';
import type { RawRate, TableRows } from './ingest.ts';

/** Types of an aggregate table's columns, told from a row: numbers are integer counts or ids. */
const aggregateTypes = (columns: readonly string[], row: unknown[] | undefined) =>
  Object.fromEntries(columns.map((c, k) => [c, typeof row?.[k] === 'number' ? 'bigint' : 'text']));

/** Each column's PostgreSQL type, for the arrays `unnest` takes (the app reads them from the catalogue). */
const TYPES: Record<string, string> = {
  source_id: 'integer',
  agency_id: 'integer',
  platform_id: 'integer',
  basis_set_id: 'integer',
  profile_set_id: 'integer',
  request_id: 'integer',
  legal_basis_id: 'integer',
  position: 'integer',
  item_id: 'integer',
  automated: 'integer',
  user_notified: 'integer',
};

/**
 * `insert into table (columns) select … from unnest($1::type[], …)`: one array per column, as the
 * app's own PostgreSQL bulk path does; ids come back in input order.
 */
async function insertAll(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: unknown[][],
  types: Record<string, string> = TYPES,
  returning = false,
): Promise<number[]> {
  if (!rows.length) return [];
  const arrays = columns.map((c, k) => `$${k + 1}::${types[c] ?? 'text'}[]`).join(', ');
  const text = `insert into ${table} (${columns.join(', ')}) select ${columns.join(', ')}
    from unnest(${arrays}) with ordinality as u(${columns.join(', ')}, ord) order by ord${returning ? ' returning id' : ''}`;
  const result = await client.query<{ id: number }>(
    text,
    // Array literals built as the app's bulk path builds them (faster than pg's own conversion).
    columns.map((_, k) => arrayLiteral(rows.map((row) => row[k]))),
  );
  return result.rows.map((r) => r.id);
}

async function writeBatch(client: pg.Client, batch: RequestInput[], now: string): Promise<void> {
  const requestIds = await insertAll(
    client,
    'requests',
    REQUEST_COLUMNS,
    batch.map((r) => requestRow(r, now)),
    TYPES,
    true,
  );
  await insertAll(
    client,
    'request_legal_bases',
    LINK_COLUMNS,
    batch.flatMap((r, k) => linkRows(r, requestIds[k] as number)),
  );
  const items = batch.flatMap((r, k) => r.items.map((i) => ({ requestId: requestIds[k] as number, i })));
  const itemIds = await insertAll(
    client,
    'items',
    ITEM_COLUMNS,
    items.map(({ requestId, i }) => itemRow(i, requestId, now)),
    TYPES,
    true,
  );
  await insertAll(
    client,
    'appeals',
    APPEAL_COLUMNS,
    items.flatMap(({ i }, k) => appealRows(i, itemIds[k] as number, now)),
  );
  await insertAll(
    client,
    'audit_log',
    AUDIT_COLUMNS,
    batch.map((r) => auditRow(r, now)),
  );
}

export async function rawPostgresInserts(url: string, records: RequestInput[], extra: TableRows[]): Promise<RawRate> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await insertAll(
    client,
    'jurisdictions',
    ['code', 'name'],
    [...JURISDICTION_CODES].map((code) => [code, code]),
  );
  await client.query(`insert into sources(name, kind) values ('bench', 'synthetic');
    insert into platforms(slug, name) values ('facebook', 'facebook');
    insert into agencies(jurisdiction, name, name_key, kind) values ('KZ', 'a', 'a', 'ministry');
    insert into legal_bases(jurisdiction, instrument, article, citation_key, category, status)
      select 'KZ', 'x', i::text, 'k' || i, 'other', 'reviewed' from generate_series(1, 20) as i;
    insert into basis_sets(set_key) values ('1'); insert into profile_sets(set_key) values ('post:unknown');`);
  const transaction = async (write: () => Promise<void>) => {
    await client.query('begin');
    await write();
    await client.query('commit');
  };
  const now = new Date().toISOString();
  const items = records.reduce((n, r) => n + r.items.length, 0);
  const started = performance.now();
  for (let i = 0; i < records.length; i += 1000) {
    await transaction(() => writeBatch(client, records.slice(i, i + 1000), now));
    if (!extra.length) continue;
    // As on SQLite: a second transaction with this batch's share of the aggregate rows.
    const from = i / records.length;
    const to = Math.min(1, (i + 1000) / records.length);
    await transaction(async () => {
      for (const { table, columns, rows } of extra) {
        const share = rows.slice(Math.floor(from * rows.length), Math.floor(to * rows.length));
        // Aggregate rows: keys and counts are integers except the day and text dimensions.
        await insertAll(client, table, columns, share, aggregateTypes(columns, share[0]));
      }
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  const rows = extra.reduce((n, t) => n + t.rows.length, 0);
  return { items, rows, seconds, itemsPerSecond: items / seconds };
}
