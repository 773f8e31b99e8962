import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestDb, type TestDb } from '../../test/db.ts';
import type { Actor } from '../actor.ts';
import { commitUpload, stageUpload, uploadProblems, uploadStatus } from './index.ts';

let t: TestDb;
const admin: Actor = { kind: 'user', userId: 1, email: 'adm@example.org', name: 'Adm', role: 'admin', sources: [] };
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

const HEADER =
  'Period Ending,Country/Region,CLDR Territory Code,Requestor,Number of Requests,Items Requested To Be Removed,% Removed-Legal,% Removed-Policy,% Content Not Found,% Not Enough Information ,% No Action Taken,% Content Already Removed';
const report = (kzCourt: number) =>
  [
    HEADER,
    `2019-06-30,Kazakhstan,KZ,Court Order Directed at 3rd Party,${kzCourt},3,100,,,,,`,
    '2019-06-30,Kazakhstan,KZ,Government Officials,4,9,50,50,,,,',
  ].join('\n');

async function stage(text: string, fileName = 'google-government-removal-requests.csv') {
  const upload = await stageUpload(t.db, admin, Readable.from([Buffer.from(text)]), {
    fileName,
    kind: 'published',
    dir: t.dir,
  });
  await upload.validation;
  return uploadStatus(t.db, admin, { uploadId: upload.id });
}

const storedFigures = async () =>
  Number(
    (
      await t.db
        .selectFrom('published_stats')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('superseded_by', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('published-report uploads (admins)', () => {
  test('previewed against the current figures, committed through the importer, restatements counted', async () => {
    const first = await stage(report(1));
    expect(first).toMatchObject({
      kind: 'published',
      state: 'ready',
      records: 2,
      counts: { created: 2, updated: 0, unchanged: 0, items: 2 },
      published: { format: 'google-removals', publisher: 'google', periods: 1, countries: 1 },
    });
    expect(first.published?.firstFigures.map((f) => [f.line, f.jurisdiction, f.requests, f.status])).toEqual([
      [2, 'KZ', 1, 'created'],
      [3, 'KZ', 4, 'created'],
    ]);
    expect(await storedFigures()).toBe(0);
    expect(await commitUpload(t.db, admin, { uploadId: first.uploadId, sha256: first.sha256 })).toEqual(first.counts);
    expect(await storedFigures()).toBe(2);

    // Google restates a figure: one changed, one unchanged.
    const restated = await stage(report(2));
    expect(restated.counts).toEqual({ created: 0, updated: 1, unchanged: 1, items: 2 });
    expect(restated.published?.firstFigures.map((f) => f.status)).toEqual(['updated', 'unchanged']);

    // The same bytes again change nothing.
    const again = await stage(report(1));
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 2, items: 2 });
  });

  test('a bad row is listed by line and column and nothing is written', async () => {
    const status = await stage(report(1).replace(',1,3,100', ',lots,3,100'));
    expect(status.state).toBe('problems');
    const { problems } = await uploadProblems(t.db, admin, { uploadId: status.uploadId, offset: 0, limit: 10 });
    expect(problems[0]).toMatchObject({ line: 2, path: 'Number of Requests' });
    await expect(commitUpload(t.db, admin, { uploadId: status.uploadId, sha256: status.sha256 })).rejects.toThrow(
      /has problems/,
    );
    expect(await storedFigures()).toBe(0);
  });

  test('a file of no known layout is refused with a sentence, and only .csv is taken', async () => {
    const status = await stage('a,b\n1,2\n');
    expect(status.state).toBe('problems');
    const { problems } = await uploadProblems(t.db, admin, { uploadId: status.uploadId, offset: 0, limit: 10 });
    expect(problems[0]?.line).toBe(1);
    await expect(stage(report(1), 'report.jsonl')).rejects.toThrow(/published-report CSV/);
  });

  test('the stored figures changing between preview and commit refuses the commit', async () => {
    const first = await stage(report(1));
    const second = await stage(report(1));
    await commitUpload(t.db, admin, { uploadId: first.uploadId, sha256: first.sha256 });
    await expect(commitUpload(t.db, admin, { uploadId: second.uploadId, sha256: second.sha256 })).rejects.toThrow(
      /stored figures changed since the preview/,
    );
    expect(uploadStatus(t.db, admin, { uploadId: second.uploadId }).state).toBe('stale');
  });
});
