import { createHook } from 'node:async_hooks';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Problem } from '../../../shared/problems.ts';
import { exampleRequest } from '../../test/fixtures.ts';
import { fileKeyOf } from './checkpoint.ts';
import { CSV_COLUMNS } from './csv-format.ts';
import { type ScanCounts, scanFile, type Valid } from './records.ts';
import { scanFileInThread } from './scan-thread.ts';

const dir = mkdtempSync(join(tmpdir(), 'takedown-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const line = (externalId: string, extra: object = {}) =>
  JSON.stringify({ ...exampleRequest({ externalId }), ...extra });

/** Everything a scan hands its caller, in the order it is handed over. */
async function observe(scan: (counts: ScanCounts, report: (problems: Problem[]) => void) => AsyncGenerator<Valid[]>) {
  const counts: ScanCounts = { records: 0, invalid: 0 };
  const events: unknown[] = [];
  for await (const chunk of scan(counts, (problems) => events.push({ problems }))) events.push({ chunk, ...counts });
  return { counts, events };
}

describe('reading an import file in a worker thread', () => {
  // Bad lines before, between and after chunks; a repeated key that starts a chunk early.
  const jsonl = file(
    'mixed.jsonl',
    [
      '\uFEFF{"externalId": broken',
      line('a'),
      line('b', { jurisdiction: 'not a code' }),
      line('c'),
      line('d'),
      '',
      '[1, 2]',
      line('c'),
      line('e'),
      line('f', { items: 'none' }),
      '{}',
    ].join('\n'),
  );

  test.each([
    ['JSON lines', jsonl, 2],
    ['JSON lines, one record a chunk', jsonl, 1],
  ])('%s: the same chunks, problems, counts and order as reading in one thread', async (_, path, chunkSize) => {
    const inThread = await observe((counts, report) => scanFile(path, counts, { source: 'm', chunkSize, report }));
    let fileKey = '';
    const inWorker = await observe((counts, report) =>
      scanFileInThread(path, counts, { source: 'm', chunkSize, report, onFileKey: (key) => (fileKey = key) }),
    );
    expect(inWorker).toEqual(inThread);
    expect(inWorker.counts).toEqual({ records: 10, invalid: 5 });
    expect(inWorker.events.filter((e) => 'chunk' in (e as object)).length).toBeGreaterThan(2);
    expect(fileKey).toBe(await fileKeyOf(path, 'm'));
  });

  test('CSV: the same as reading in one thread, the bytes read reported up to the file size', async () => {
    const header = CSV_COLUMNS.join(',');
    const path = file('short.csv', `${header}\nnot,enough,cells\n`);
    const inThread = await observe((counts, report) => scanFile(path, counts, { chunkSize: 5, report }));
    const bytes: number[] = [];
    const inWorker = await observe((counts, report) =>
      scanFileInThread(path, counts, { chunkSize: 5, report, onBytes: (n) => bytes.push(n) }),
    );
    expect(inWorker).toEqual(inThread);
    expect(inWorker.counts.invalid).toBe(1);
    expect(bytes.at(-1)).toBe(header.length + 18);
  });

  test('a missing file fails with the file system error; an unknown type before any thread starts', async () => {
    const missing = scanFileInThread(
      join(dir, 'missing.jsonl'),
      { records: 0, invalid: 0 },
      {
        chunkSize: 5,
        report: () => undefined,
      },
    );
    await expect(missing.next()).rejects.toMatchObject({ code: 'ENOENT' });
    const unknown = scanFileInThread(
      join(dir, 'x.txt'),
      { records: 0, invalid: 0 },
      { chunkSize: 5, report: () => undefined },
    );
    await expect(unknown.next()).rejects.toThrow('unknown file type ".txt"');
  });

  test('a caller that stops early stops the reader: no thread is left running', async () => {
    const path = file('long.jsonl', Array.from({ length: 400 }, (_, i) => line(`r-${i}`)).join('\n'));
    // Worker threads are async resources of type WORKER: created with the thread, destroyed once it has exited.
    const running = new Set<number>();
    const hook = createHook({
      init: (id, type) => type === 'WORKER' && running.add(id),
      destroy: (id) => running.delete(id),
    }).enable();
    try {
      const chunks = scanFileInThread(path, { records: 0, invalid: 0 }, { chunkSize: 10, report: () => undefined });
      const first = await chunks.next();
      expect(first.value).toHaveLength(10);
      expect(running.size).toBe(1);
      await chunks.return(undefined);
      await new Promise((resolve) => setImmediate(resolve));
      expect(running.size).toBe(0);
    } finally {
      hook.disable();
    }
  });
});
