/**
 * The worker side of scan-thread.ts: reads, parses and shape-checks the file (scanFile, as in one
 * thread), and posts each chunk of valid records with the problems, counts and bytes met since
 * the last one; then that it is done, with the file's key when asked for it. It stays at most AHEAD chunks in front of the writer, so
 * memory stays flat whatever the file size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Problem } from '../../../shared/problems.ts';
import { fileKeyHash } from './checkpoint.ts';
import { type ScanCounts, scanFile } from './records.ts';
import type { ScanMessage, ScanRequest } from './scan-thread.ts';

const AHEAD = 4;

async function scan(
  port: NonNullable<typeof parentPort>,
  { path, source, chunkSize, fileKey }: ScanRequest,
): Promise<void> {
  let credit = AHEAD;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    credit++;
    wake?.();
  });
  const hash = fileKey ? fileKeyHash(source) : undefined;
  const counts: ScanCounts = { records: 0, invalid: 0 };
  const posted: ScanCounts = { records: 0, invalid: 0 };
  let bytes = 0;
  let problems: Problem[][] = [];
  const post = (message: Omit<ScanMessage, 'records' | 'invalid' | 'problems' | 'bytes'>) => {
    port.postMessage({
      ...message,
      records: counts.records - posted.records,
      invalid: counts.invalid - posted.invalid,
      problems,
      bytes,
    } satisfies ScanMessage);
    Object.assign(posted, counts);
    problems = [];
  };
  const chunks = scanFile(path, counts, {
    source,
    chunkSize,
    report: (found) => problems.push(found),
    onData: (chunk) => {
      bytes += chunk.length;
      hash?.update(chunk);
    },
  });
  for await (const valid of chunks) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    post({ valid });
  }
  post({ valid: [], done: { fileKey: hash?.digest('hex') } });
}

if (!parentPort) throw new Error('scan-worker.ts runs as a worker thread (scan-thread.ts starts it)');
const port = parentPort;
scan(port, workerData as ScanRequest).catch((error: unknown) => {
  const { message, code } = error as { message?: string; code?: string };
  port.postMessage({ error: { message: message ?? String(error), code } });
});
