/**
 * scanFile (records.ts) in a worker thread: reading, JSON parsing and shape validation are about a
 * fifth of an import's time on one core, and writing leaves the machine's other core idle. The
 * generator yields the same chunks, and reports the same problems in the same order, as scanFile;
 * counts and progress move as each chunk arrives.
 */

import type { Problem } from '../../../shared/problems.ts';
import { BULK_WORKER_LIMITS } from '../../heap.ts';
import { workerUnderTsx } from '../../ts-worker.ts';
import { formatOf } from './readers.ts';
import type { ScanCounts, Valid } from './records.ts';

export interface ScanRequest {
  path: string;
  source?: string;
  chunkSize: number;
  /** Hash the bytes for the file's key: only when asked (a resumable import has it already). */
  fileKey: boolean;
}

/** One chunk from the worker, with what was found since the previous one. */
export interface ScanMessage {
  valid: Valid[];
  records: number;
  invalid: number;
  /** Each invalid record's problems, in file order. */
  problems: Problem[][];
  /** Bytes of the file read so far. */
  bytes: number;
  /** On the last message; the file's key (checkpoint.ts) when asked for, over every byte read. */
  done?: { fileKey?: string };
}

type Received = ScanMessage | { error: { message: string; code?: string } };

export interface ThreadScanOptions extends Omit<ScanRequest, 'path' | 'fileKey'> {
  report: (problems: Problem[]) => void;
  onBytes?: (bytes: number) => void;
  onFileKey?: (key: string) => void;
}

/** The shape-valid records of the file in chunks, read in a worker thread; see scanFile. */
export async function* scanFileInThread(
  path: string,
  counts: ScanCounts,
  { source, chunkSize, report, onBytes, onFileKey }: ThreadScanOptions,
): AsyncGenerator<Valid[]> {
  formatOf(path);
  // The worker is TypeScript, so it runs the same under tsx and Vitest.
  const worker = workerUnderTsx(new URL('./scan-worker.ts', import.meta.url), {
    resourceLimits: BULK_WORKER_LIMITS,
    workerData: { path, source, chunkSize, fileKey: onFileKey !== undefined } satisfies ScanRequest,
  });
  const inbox: Received[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const arrive = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: Received) => {
    inbox.push(message);
    arrive();
  });
  worker.on('error', (error) => {
    failure ??= error;
    arrive();
  });
  worker.on('exit', () => {
    failure ??= new Error(`reading ${path}: the reader thread stopped before the end of the file`);
    arrive();
  });
  try {
    for (;;) {
      const message = inbox.shift();
      if (!message) {
        if (failure) throw failure;
        // Referenced only while awaited: a generator left unfinished never holds the process open.
        worker.ref();
        await new Promise<void>((resolve) => (wake = resolve));
        worker.unref();
        continue;
      }
      if ('error' in message) throw Object.assign(new Error(message.error.message), { code: message.error.code });
      counts.records += message.records;
      counts.invalid += message.invalid;
      for (const problems of message.problems) report(problems);
      onBytes?.(message.bytes);
      if (message.done) {
        if (message.done.fileKey !== undefined) onFileKey?.(message.done.fileKey);
        return;
      }
      worker.postMessage('next');
      yield message.valid;
    }
  } finally {
    await worker.terminate();
  }
}
