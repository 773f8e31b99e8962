import { execFile, spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Problem } from '../../../shared/problems.ts';
import { aggregateSnapshot } from '../../test/aggregates.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { rebuildAggregates } from '../aggregates/rebuild.ts';
import { OPERATOR_VIEWER } from '../redaction/projection.ts';
import { generateRequests } from '../seed/generate.ts';
import { CSV_COLUMNS } from './csv-format.ts';
import { exportRecords } from './export.ts';
import { importFile } from './import.ts';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

const count = (table: 'requests' | 'items' | 'appeals') => countRows(t.db, table);

const options = { source: 'monitor-a', kind: 'monitor_entry' as const, skipInvalid: false, chunkSize: 3 };

function jsonl(name: string, lines: string[]): string {
  const path = join(t.dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** importFile with `options`, collecting the problems it reports. */
async function importReporting(path: string) {
  const problems: Problem[] = [];
  const summary = await importFile(t.db, path, { ...options, onProblem: (p) => problems.push(p) });
  return { summary, problems };
}

function goodLine(i: number): string {
  return JSON.stringify(exampleRequest({ externalId: `r-${i}`, items: [{ externalId: '1', outcome: 'pending' }] }));
}

describe('import of a file with bad lines', () => {
  const lines = () => [
    goodLine(1),
    '{"externalId": broken',
    goodLine(2),
    JSON.stringify({ ...exampleRequest({ externalId: 'r-3' }), jurisdiction: 'XX' }),
    goodLine(4),
    JSON.stringify({ ...exampleRequest({ externalId: 'r-5' }), source: 'other-monitor' }),
    goodLine(6),
  ];

  test('by default nothing is written and every bad line is reported with field and reason', async () => {
    const { summary, problems } = await importReporting(jsonl('bad.jsonl', lines()));
    expect(summary).toMatchObject({ records: 7, invalid: 3, written: false });
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [2, ''],
      [4, 'jurisdiction'],
      [6, 'source'],
    ]);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(problems[1]?.message).toMatch(/ISO 3166-1/);
    expect(problems[2]?.message).toMatch(/differs from the source given/);
    expect(await count('requests')).toBe(0);
  });

  test('a bad last line, after chunks were written in the transaction, leaves nothing written', async () => {
    const good = Array.from({ length: 20 }, (_, i) => goodLine(i));
    const { summary, problems } = await importReporting(jsonl('late.jsonl', [...good, '{"externalId": broken']));
    expect(summary).toMatchObject({ records: 21, invalid: 1, written: false, created: 0, items: 0 });
    expect(problems.map((p) => p.line)).toEqual([21]);
    for (const table of ['requests', 'items', 'audit_log', 'agg_items'] as const) {
      expect(await countRows(t.db, table), table).toBe(0);
    }
    // Catalogue entries and the source created on the way were rolled back with the rest.
    expect(await t.db.selectFrom('sources').select('name').where('name', '=', 'monitor-a').execute()).toEqual([]);
    expect(await t.db.selectFrom('legal_bases').select('id').execute()).toEqual([]);
  });

  test('after the first bad line, reading goes on: problems of every later chunk are reported', async () => {
    const later = (i: number) => JSON.stringify({ ...exampleRequest({ externalId: `r-${i}` }), source: 'other' });
    const file = [goodLine(1), '[1]', ...Array.from({ length: 9 }, (_, i) => goodLine(i + 2)), later(11), later(12)];
    const { summary, problems } = await importReporting(jsonl('many.jsonl', file));
    expect(summary).toMatchObject({ records: 13, invalid: 3, written: false });
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [2, ''],
      [12, 'source'],
      [13, 'source'],
    ]);
    expect(await count('requests')).toBe(0);
  });

  test('--skip-invalid writes exactly the good ones', async () => {
    const summary = await importFile(t.db, jsonl('bad.jsonl', lines()), { ...options, skipInvalid: true });
    expect(summary).toMatchObject({ invalid: 3, written: true, created: 4 });
    const ids = await t.db.selectFrom('requests').select('external_id').orderBy('external_id').execute();
    expect(ids.map((r) => r.external_id)).toEqual(['r-1', 'r-2', 'r-4', 'r-6']);
  });
});

describe('CSV quirks', () => {
  test('BOM, quoted commas and newlines, several appeals on one item, escaped citations', async () => {
    const header =
      'externalId,source,jurisdiction,agencyName,agencyKind,platform,channel,submittedAt,legalBases,statedReason,itemExternalId,contentType,contentUrl,authorKind,outcome,outcomeBasis,decidedAt,automated,userNotified,appealExternalId,appellant,appealVenue,appealFiledAt,appealOutcome,appealDecidedAt';
    const common =
      'kz-1,,KZ,"Ministry of Information and Social Development",ministry,facebook,direct_portal,2022-03-14T09:15:00Z,"KZ|Criminal Code|174|1;KZ|Law \\; on Media|2|",';
    const reason = '"Incitement, ""discord""\nsecond line"';
    const rows = [
      `${common}${reason},i1,post,,activist,restricted_local,local_law,2022-03-16T11:00:00Z,false,true,a1,content_author,internal_review,2022-03-17T08:00:00Z,upheld,2022-03-20T00:00:00Z`,
      `${common}${reason},i1,post,,activist,restricted_local,local_law,2022-03-16T11:00:00Z,false,true,a2,content_author,court,2022-03-21T08:00:00Z,pending,`,
      `${common}${reason},i2,comment,,unknown,pending,,,,,,,,,,`,
    ];
    const path = join(t.dir, 'quirks.csv');
    writeFileSync(path, `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`);
    const summary = await importFile(t.db, path, options);
    expect(summary).toMatchObject({ invalid: 0, created: 1 });
    expect(await count('items')).toBe(2);
    expect(await count('appeals')).toBe(2);
    const request = await t.db.selectFrom('requests').select('stated_reason').executeTakeFirstOrThrow();
    expect(request.stated_reason).toBe('Incitement, "discord"\nsecond line');
    const bases = await t.db
      .selectFrom('legal_bases')
      .select(['instrument', 'article', 'part'])
      .orderBy('id')
      .execute();
    expect(bases).toEqual([
      { instrument: 'Criminal Code', article: '174', part: '1' },
      { instrument: 'Law ; on Media', article: '2', part: null },
    ]);
  });

  test('rows of one request that disagree are reported with line and column', async () => {
    const path = join(t.dir, 'disagree.csv');
    const header = CSV_COLUMNS.join(',');
    const row = (platform: string, item: string) =>
      `x,,KZ,Agency,ministry,${platform},other,2022-01-01,,,${item},post,,unknown,pending,,,,,,,,,,`;
    writeFileSync(path, `${header}\n${row('facebook', '1')}\n${row('instagram', '2')}\n`);
    const { problems } = await importReporting(path);
    expect(problems).toEqual([{ line: 3, path: 'platform', message: 'differs from line 2 of the same request' }]);
  });
  test('an unclosed quote is reported at its line, and nothing is written', async () => {
    const path = join(t.dir, 'unclosed.csv');
    const row = (id: string, reason: string) =>
      `${id},,KZ,Agency,ministry,facebook,other,2022-01-01,,${reason},1,post,,unknown,pending,,,,,,,,,,`;
    writeFileSync(path, `${CSV_COLUMNS.join(',')}\n${row('a', 'fine')}\n${row('b', '"never closed')}\n`);
    const { summary, problems } = await importReporting(path);
    expect(problems).toEqual([
      {
        line: 3,
        path: '',
        message: expect.stringMatching(/^not valid CSV: Quote Not Closed.*; the file cannot be read past it$/),
      },
    ]);
    expect(summary).toMatchObject({ records: 2, invalid: 1, written: false });
    expect(await count('requests')).toBe(0);
  });
});

describe('aggregates of a whole-file import', () => {
  test('equal a rebuild from the records, with later chunks updating requests of earlier ones', async () => {
    const records = [...generateRequests({ items: 3000, seed: 5 })].map((r) => ({ ...r, source: 'demo' }));
    // Every 7th request again at the end, its first item's outcome changed: an update, written while
    // the aggregates of the chunk that created it may still be queued.
    const updates = records
      .filter((_, i) => i % 7 === 0)
      .map((r) => ({ ...r, items: r.items.map((item, k) => (k === 0 ? { ...item, outcome: 'no_action' } : item)) }));
    const path = jsonl(
      'updates.jsonl',
      [...records, ...updates].map((r) => JSON.stringify(r)),
    );
    const summary = await importFile(t.db, path, { ...options, source: undefined, chunkSize: 100 });
    expect(summary.written).toBe(true);
    expect(summary.updated).toBeGreaterThan(0);
    const incremental = await aggregateSnapshot(t.db);
    await rebuildAggregates(t.db);
    expect(await aggregateSnapshot(t.db)).toEqual(incremental);
  });
});

describe('round trip and resume', () => {
  async function exported(format: 'csv' | 'jsonl'): Promise<string> {
    const path = join(t.dir, `export-${Date.now()}-${Math.random()}.${format}`);
    const out = createWriteStream(path);
    await exportRecords(t.db, format, {}, out, { viewer: OPERATOR_VIEWER });
    out.end();
    await finished(out);
    return readFileSync(path, 'utf8');
  }

  test.each(['jsonl', 'csv'] as const)(
    'export → import into an empty database → export is identical (%s)',
    async (format) => {
      const source = jsonl(
        'seed.jsonl',
        [...generateRequests({ items: 3000, seed: 3 })].map((r) => JSON.stringify({ ...r, source: 'demo' })),
      );
      await importFile(t.db, source, { ...options, source: undefined, chunkSize: 500 });
      const first = await exported(format);
      const second = await createTestDb();
      try {
        const path = join(t.dir, `first.${format}`);
        writeFileSync(path, first);
        await importFile(second.db, path, { ...options, source: undefined, chunkSize: 500 });
        const previous = t;
        t = second;
        const again = await exported(format);
        t = previous;
        expect(again).toBe(first);
        expect(first.length).toBeGreaterThan(100_000);
      } finally {
        await second.dispose();
      }
    },
  );

  test('an import with --skip-invalid killed mid-way resumes with no duplicates and no loss', async () => {
    const requests = [...generateRequests({ items: 30_000, seed: 9 })];
    const path = jsonl(
      'big.jsonl',
      requests.map((r) => JSON.stringify(r)),
    );
    const env = { ...process.env, DATABASE_URL: t.url };
    const args = ['tsx', 'scripts/import.ts', path, '--source', 'demo', '--chunk', '200', '--skip-invalid'];
    const child = spawn('npx', args, {
      env,
      stdio: 'ignore',
    });
    // Kill it as soon as a first chunk (and its checkpoint) is committed.
    for (;;) {
      const checkpoint = await t.db
        .selectFrom('import_checkpoints')
        .select('committed_line')
        .executeTakeFirst()
        .catch(() => undefined);
      if (checkpoint && checkpoint.committed_line > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const partial = await count('requests');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(requests.length);

    const { stdout } = await promisify(execFile)('npx', args, { env });
    expect(stdout).toMatch(/Resumed after line \d+/);
    expect(await count('requests')).toBe(requests.length);
    expect(await count('items')).toBe(30_000);
    const creates = await t.db
      .selectFrom('audit_log')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('entity_key').distinct().as('keys')])
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(Number(creates.n)).toBe(requests.length);
    expect(Number(creates.keys)).toBe(requests.length);
  });
});
