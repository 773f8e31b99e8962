/** `npm run import` as a command: a directory of mixed files, and exit codes users can script on. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestDb, type TestDb } from '../server/test/db.ts';
import { sharedDataCsvs } from '../server/test/shared-data.ts';

const run = promisify(execFile);
let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.dispose();
});

const importCommand = (path: string) =>
  run('npx', ['tsx', 'scripts/import.ts', path], { env: { ...process.env, DATABASE_URL: t.url } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

test('a directory imports every recognised file, names the one it refuses, and exits 1', async () => {
  const dir = join(t.dir, 'downloads');
  mkdirSync(join(dir, 'x'), { recursive: true });
  const xFiles = sharedDataCsvs('x-removal-requests');
  for (const file of xFiles) copyFileSync(file, join(dir, 'x', file.split('/').at(-1) as string));
  writeFileSync(join(dir, 'notes.txt'), 'not a data file');
  writeFileSync(join(dir, 'mystery.csv'), 'Country,Requests\nKazakhstan,3\n');
  const first = await importCommand(dir);
  expect(first.code).toBe(1);
  expect(first.stderr).toMatch(
    /mystery\.csv: not imported: its columns \("Country", "Requests"\) match no known layout/,
  );
  expect(first.stdout).toMatch(new RegExp(`${xFiles.length} file\\(s\\) imported or unchanged, 1 refused`));
  expect(first.stdout).toMatch(/as x-removals \(x\): \d+ rows, 1 periods, \d+ countries/);
  const files = await t.db.selectFrom('published_files').select('file_name').execute();
  expect(files).toHaveLength(xFiles.length);

  const again = await importCommand(join(dir, 'x'));
  expect(again.code).toBe(0);
  expect(again.stdout.match(/already imported \(same sha256\), nothing changed/g)).toHaveLength(xFiles.length);
});
