/**
 * The ingest baseline on PostgreSQL: the same rows as the SQLite baseline (ingest.ts), written with
 * the pg client and no query builder. Multi-row parameterised INSERTs, ids by RETURNING, 1,000
 * requests per transaction: the fastest plain technique short of COPY (another protocol, which
 * hands back no ids for the rows of the next table).
 */
import pg from 'pg';
import type { RequestInput } from '../../shared/interchange.ts';
import { JURISDICTION_CODES } from '../../shared/jurisdictions.ts';
import type { RawRate, TableRows } from './ingest.ts';

/** Bound parameters per statement (16 bits in the protocol); rows per statement at most. */
const MAX_PARAMETERS = 65_535;
const MAX_ROWS = 5_000;

/** INSERT text for `count` rows of `template` (`?` per value), cached: most batches have equal sizes. */
const texts = new Map<string, string>();
function insertText(head: string, template: string, count: number, returning: boolean): string {
  const key = `${head}|${template}|${count}|${returning}`;
  let text = texts.get(key);
  if (!text) {
    let n = 0;
    const values = Array.from({ length: count }, () => template.replace(/\?/g, () => `$${++n}`)).join(', ');
    text = `${head} values ${values}${returning ? ' returning id' : ''}`;
    texts.set(key, text);
  }
  return text;
}

/** Inserts `rows` in as few statements as the parameter bound allows; the new ids when `returning`. */
async function insertAll(
  client: pg.Client,
  head: string,
  template: string,
  rows: unknown[][],
  returning = false,
): Promise<number[]> {
  const perRow = Math.max(1, (template.match(/\?/g) ?? []).length);
  const size = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / perRow));
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    const result = await client.query<{ id: number }>(insertText(head, template, part.length, returning), part.flat());
    // RETURNING yields the rows of a multi-row VALUES in their order.
    if (returning) for (const { id } of result.rows) ids.push(id);
  }
  return ids;
}

const flag = (v: boolean | null | undefined) => (v == null ? null : v ? 1 : 0);

async function writeBatch(client: pg.Client, batch: RequestInput[], now: string): Promise<void> {
  const requestIds = await insertAll(
    client,
    'insert into requests (source_id, external_id, jurisdiction, agency_id, platform_id, channel, submitted_at, stated_reason, basis_set_id, profile_set_id, created_at, updated_at)',
    '(1,?,?,1,1,?,?,?,1,1,?,?)',
    batch.map((r) => [r.externalId, r.jurisdiction, r.channel, r.submittedAt, r.statedReason ?? null, now, now]),
    true,
  );
  const links = batch.flatMap((r, k) => r.legalBases.map((_, position) => [requestIds[k], position + 1, position]));
  await insertAll(client, 'insert into request_legal_bases (request_id, legal_basis_id, position)', '(?,?,?)', links);
  const items = batch.flatMap((r, k) => r.items.map((i) => ({ requestId: requestIds[k], i })));
  const itemIds = await insertAll(
    client,
    'insert into items (request_id, external_id, content_type, content_url, author_kind, outcome, outcome_basis, decided_at, automated, user_notified, created_at, updated_at)',
    '(?,?,?,?,?,?,?,?,?,?,?,?)',
    items.map(({ requestId, i }) => [
      requestId,
      i.externalId,
      i.contentType,
      i.contentUrl ?? null,
      i.authorKind,
      i.outcome,
      i.outcomeBasis ?? null,
      i.decidedAt ?? null,
      flag(i.automated),
      flag(i.userNotified),
      now,
      now,
    ]),
    true,
  );
  const appeals = items.flatMap(({ i }, k) =>
    i.appeals.map((a) => [
      itemIds[k],
      a.externalId,
      a.appellant ?? null,
      a.venue ?? null,
      a.filedAt ?? null,
      a.outcome,
      a.decidedAt ?? null,
      now,
      now,
    ]),
  );
  await insertAll(
    client,
    'insert into appeals (item_id, external_id, appellant, venue, filed_at, outcome, decided_at, created_at, updated_at)',
    '(?,?,?,?,?,?,?,?,?)',
    appeals,
  );
  await insertAll(
    client,
    'insert into audit_log (at, actor, source_id, action, entity, entity_key, changes)',
    "(?, 'bench', 1, 'create', 'request', ?, ?)",
    batch.map((r) => [now, `bench/${r.externalId}`, JSON.stringify({ items: r.items.length })]),
  );
}

export async function rawPostgresInserts(url: string, records: RequestInput[], extra: TableRows[]): Promise<RawRate> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await insertAll(
    client,
    'insert into jurisdictions (code, name)',
    '(?,?)',
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
        await insertAll(
          client,
          `insert into ${table} (${columns.join(', ')})`,
          `(${columns.map(() => '?').join(',')})`,
          share,
        );
      }
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  const rows = extra.reduce((n, t) => n + t.rows.length, 0);
  return { items, rows, seconds, itemsPerSecond: items / seconds };
}
