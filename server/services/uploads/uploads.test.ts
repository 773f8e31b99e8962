import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RequestInput, type RequestWire } from '../../../shared/interchange.ts';
import { countRows, createTestDb, type TestDb } from '../../test/db.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import type { Actor } from '../actor.ts';
import { CSV_COLUMNS } from '../files/csv-format.ts';
import { submitRequests } from '../ingest/index.ts';
import { ensureSource } from '../sources.ts';
import { commitUpload, discardUpload, stageUpload, UploadTooLarge, uploadProblems, uploadStatus } from './index.ts';
import { sweepExpired, UPLOAD_TTL_MS, UPLOADS_PER_OWNER } from './registry.ts';
import { UPLOAD_CHUNK } from './validate.ts';

let t: TestDb;
let submitter: Actor;
beforeEach(async () => {
  t = await createTestDb();
  const { source } = await ensureSource(t.db, { name: 'monitor-a', kind: 'monitor_entry' });
  submitter = {
    kind: 'user',
    userId: 7,
    email: 'sub@example.org',
    name: 'Sub',
    role: 'submitter',
    sources: [{ id: source.id, name: source.name }],
  };
});
afterEach(async () => {
  await t.dispose();
});

const request = (i: number, overrides: Partial<RequestWire> = {}) =>
  exampleRequest({ externalId: `r-${i}`, items: [{ externalId: '1', outcome: 'pending' }], ...overrides });
const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

async function stage(text: string, fileName = 'file.jsonl', actor = submitter) {
  const upload = await stageUpload(t.db, actor, Readable.from([Buffer.from(text)]), { fileName, dir: t.dir });
  await upload.validation;
  return uploadStatus(t.db, actor, { uploadId: upload.id });
}

async function seed(...records: RequestWire[]) {
  await submitRequests(
    t.db,
    records.map((r) => RequestInput.parse(r)),
    submitter,
  );
}

const snapshot = async () => ({
  requests: await countRows(t.db, 'requests'),
  items: await countRows(t.db, 'items'),
  audit: await countRows(t.db, 'audit_log'),
  aggregates: await countRows(t.db, 'agg_items'),
});

describe('preview', () => {
  test('counts new, changed and unchanged requests against the stored ones, and writes nothing', async () => {
    await seed(request(1), request(2));
    const before = await snapshot();
    const changed = request(2, { items: [{ externalId: '1', outcome: 'removed_global' }] });
    const status = await stage(jsonl([request(1), changed, request(3), request(4)]));
    expect(status).toMatchObject({
      state: 'ready',
      records: 4,
      problemCount: 0,
      counts: { created: 2, updated: 1, unchanged: 1, items: 3 },
    });
    expect(status.firstRows.map((r) => [r.line, r.externalId, r.status, r.source])).toEqual([
      [1, 'r-1', 'unchanged', 'monitor-a'],
      [2, 'r-2', 'updated', 'monitor-a'],
      [3, 'r-3', 'created', 'monitor-a'],
      [4, 'r-4', 'created', 'monitor-a'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test('a CSV file is previewed the same way (rows of one request grouped)', async () => {
    const row = (cells: Record<string, string>) => CSV_COLUMNS.map((c) => cells[c] ?? '').join(',');
    const base = {
      jurisdiction: 'KZ',
      agencyName: 'Ministry',
      platform: 'facebook',
      submittedAt: '2022-03-14T09:15:00Z',
    };
    const header = [
      CSV_COLUMNS.join(','),
      row({ ...base, externalId: 'c-1', itemExternalId: '1' }),
      row({ ...base, externalId: 'c-1', itemExternalId: '2' }),
      row({ ...base, externalId: 'c-2', itemExternalId: '1', platform: 'vk', outcome: 'removed_global' }),
    ].join('\n');
    const status = await stage(header, 'file.csv');
    const { problems } = await uploadProblems(t.db, submitter, { uploadId: status.uploadId, offset: 0, limit: 5 });
    expect(problems).toEqual([]);
    expect(status).toMatchObject({ state: 'ready', records: 2, counts: { created: 2, items: 3 } });
  });

  test('a CSV file with an unclosed quote lists it at its line', async () => {
    const text = `${CSV_COLUMNS.join(',')}\nc-1,,KZ,Agency,ministry,facebook,other,2022-01-01,,"never closed\n`;
    const status = await stage(text, 'file.csv');
    expect(status.state).toBe('problems');
    const { problems } = await uploadProblems(t.db, submitter, { uploadId: status.uploadId, offset: 0, limit: 5 });
    expect(problems).toEqual([
      { line: 2, path: '', message: expect.stringMatching(/^not valid CSV: Quote Not Closed/) },
    ]);
  });

  test('a file with bad lines lists every problem by line, field and reason, and cannot be committed', async () => {
    const before = await snapshot();
    const status = await stage(
      [
        JSON.stringify(request(1)),
        '{"externalId": broken',
        JSON.stringify({ ...request(3), jurisdiction: 'XX' }),
        JSON.stringify(request(4, { source: 'someone-else' })),
        JSON.stringify(request(1)),
        JSON.stringify(request(6)),
      ].join('\n'),
    );
    expect(status.state).toBe('problems');
    const { problems, total } = await uploadProblems(t.db, submitter, {
      uploadId: status.uploadId,
      offset: 0,
      limit: 50,
    });
    expect(total).toBe(4);
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [2, ''],
      [3, 'jurisdiction'],
      [4, 'source'],
      [5, 'externalId'],
    ]);
    expect(problems[2]?.message).toMatch(/only, not "someone-else"/);
    expect(problems[3]?.message).toMatch(/repeats the request of line 1/);
    const page = await uploadProblems(t.db, submitter, { uploadId: status.uploadId, offset: 3, limit: 1 });
    expect(page.problems.map((p) => p.line)).toEqual([5]);
    await expect(commitUpload(t.db, submitter, { uploadId: status.uploadId, sha256: status.sha256 })).rejects.toThrow(
      /has problems/,
    );
    expect(await snapshot()).toEqual(before);
  });

  test('a request repeated far apart in a file (another chunk) is found and named by both lines', async () => {
    const records = Array.from({ length: UPLOAD_CHUNK + 3 }, (_, i) => request(i));
    const status = await stage(jsonl([...records, request(7)]));
    expect(status.state).toBe('problems');
    const { problems } = await uploadProblems(t.db, submitter, { uploadId: status.uploadId, offset: 0, limit: 10 });
    expect(problems).toEqual([
      { line: UPLOAD_CHUNK + 4, path: 'externalId', message: 'repeats the request of line 8; give each request once' },
    ]);
  });

  test('counts add up across chunks and only the first rows are kept', async () => {
    const n = UPLOAD_CHUNK * 2 + 7;
    await seed(...Array.from({ length: 5 }, (_, i) => request(i)));
    const status = await stage(jsonl(Array.from({ length: n }, (_, i) => request(i))));
    expect(status.counts).toEqual({ created: n - 5, updated: 0, unchanged: 5, items: n - 5 });
    expect(status.firstRows).toHaveLength(10);
    expect(status.bytesRead).toBe(status.bytes);
  });
});

describe('commit', () => {
  test('writes exactly what was previewed, audited with file name, sha256 and counts', async () => {
    await seed(request(1));
    const status = await stage(jsonl([request(1), request(2, { platform: 'vk' }), request(3)]));
    const written = await commitUpload(t.db, submitter, { uploadId: status.uploadId, sha256: status.sha256 });
    expect(written).toEqual(status.counts);
    expect(written).toMatchObject({ created: 2, unchanged: 1 });
    expect(await countRows(t.db, 'requests')).toBe(3);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'upload_commit').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'user:7:sub@example.org',
      entity: 'upload',
      entity_key: `upload:${status.sha256}`,
    });
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({
      file: 'file.jsonl',
      sha256: status.sha256,
      created: 2,
    });
    // Committed uploads are gone: a second commit finds nothing.
    await expect(commitUpload(t.db, submitter, { uploadId: status.uploadId, sha256: status.sha256 })).rejects.toThrow(
      /No staged upload/,
    );
  });

  test('refuses a sha256 other than the previewed one, writing nothing', async () => {
    const status = await stage(jsonl([request(1)]));
    await expect(commitUpload(t.db, submitter, { uploadId: status.uploadId, sha256: '0'.repeat(64) })).rejects.toThrow(
      /not the file that was previewed/,
    );
    expect(await countRows(t.db, 'requests')).toBe(0);
  });

  test('refuses a staged file whose bytes changed after the preview, and rolls back what it wrote', async () => {
    const before = await snapshot();
    const upload = await stageUpload(t.db, submitter, Readable.from([Buffer.from(jsonl([request(1), request(2)]))]), {
      fileName: 'f.jsonl',
      dir: t.dir,
    });
    await upload.validation;
    // Same records written, one byte of the last one changed: the first chunk writes before the hash ends.
    writeFileSync(upload.path, readFileSync(upload.path, 'utf8').replace('"r-2"', '"r-9"'));
    await expect(commitUpload(t.db, submitter, { uploadId: upload.id, sha256: upload.sha256 })).rejects.toThrow(
      /changed after its preview/,
    );
    expect(await snapshot()).toEqual(before);
    expect(uploadStatus(t.db, submitter, { uploadId: upload.id }).state).toBe('failed');
  });

  test('refuses when the stored records changed since the preview so the counts differ, writing nothing', async () => {
    const status = await stage(jsonl([request(1), request(2)]));
    await seed(request(2));
    const before = await snapshot();
    await expect(commitUpload(t.db, submitter, { uploadId: status.uploadId, sha256: status.sha256 })).rejects.toThrow(
      /stored records changed since the preview \(it showed 2 new, 0 changed, 0 unchanged; now 1 new, 0 changed, 1 unchanged\)/,
    );
    expect(await snapshot()).toEqual(before);
    expect(uploadStatus(t.db, submitter, { uploadId: status.uploadId }).state).toBe('stale');
  });

  test('an upload is its owner’s only', async () => {
    const status = await stage(jsonl([request(1)]));
    const other: Actor = { ...(submitter as Extract<Actor, { kind: 'user' }>), userId: 8 };
    expect(() => uploadStatus(t.db, other, { uploadId: status.uploadId })).toThrow(/another account/);
    await expect(commitUpload(t.db, other, { uploadId: status.uploadId, sha256: status.sha256 })).rejects.toThrow(
      /another account/,
    );
  });
});

describe('staging', () => {
  test('a body streamed past the size limit is refused and leaves no file behind', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(1000, '\n'));
    await expect(
      stageUpload(t.db, submitter, Readable.from(chunks), { fileName: 'big.jsonl', dir: t.dir, maxBytes: 5000 }),
    ).rejects.toBeInstanceOf(UploadTooLarge);
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.jsonl'))).toEqual([]);
  });

  test('past the per-account limit a new upload replaces the oldest staged one', async () => {
    const ids: string[] = [];
    for (let i = 0; i <= UPLOADS_PER_OWNER; i++) ids.push((await stage(jsonl([request(i)]))).uploadId);
    expect(() => uploadStatus(t.db, submitter, { uploadId: ids[0] as string })).toThrow(/No staged upload/);
    expect(uploadStatus(t.db, submitter, { uploadId: ids[1] as string }).state).toBe('ready');
  });

  test('discard and expiry remove the staged file and its problems', async () => {
    const kept = await stageUpload(t.db, submitter, Readable.from([Buffer.from('{bad\n')]), {
      fileName: 'a.jsonl',
      dir: t.dir,
    });
    await kept.validation;
    expect(existsSync(kept.path) && existsSync(kept.problemsPath)).toBe(true);
    expect(discardUpload(t.db, submitter, { uploadId: kept.id })).toEqual({ discarded: true });
    expect(existsSync(kept.path) || existsSync(kept.problemsPath)).toBe(false);

    const old = await stageUpload(t.db, submitter, Readable.from([Buffer.from(jsonl([request(1)]))]), {
      fileName: 'b.jsonl',
      dir: t.dir,
    });
    await old.validation;
    sweepExpired(t.db, Date.now() + UPLOAD_TTL_MS + 1);
    expect(existsSync(old.path)).toBe(false);
    expect(() => uploadStatus(t.db, submitter, { uploadId: old.id })).toThrow(/No staged upload/);
  });
});
