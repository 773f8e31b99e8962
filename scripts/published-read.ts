/**
 * The platforms' published reports, read (parsed and checked) in a worker thread while the demo
 * process seeds (demo-load.ts): reading them is ≈ 0.8 s of one core, and the seed leaves the other
 * idle. The worker runs the entry script again (start.ts, with READ_PUBLISHED), so the same code
 * serves the bundle and tsx. Writing stays with the demo process, after the seed, file by file.
 */
import { resolve } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { publishedFilesUnder, type ReadPublishedFile, readPublishedFile } from '../server/services/published/import.ts';
import { READ_PUBLISHED } from './demo-child.ts';

export interface PublishedReading {
  /**
   * The files read, by path; undefined when the worker failed (a refused file, say): the import
   * then reads every file itself and names the problem as it always does.
   */
  files: Promise<Map<string, ReadPublishedFile> | undefined>;
  /** Stops the worker if it is still running (the seed failed). */
  stop: () => Promise<void>;
}

/** Starts reading every published-report file under `dir` in a worker thread running `entry`. */
export function readPublishedInWorker(dir: string, entry: string): PublishedReading {
  const worker = new Worker(resolve(entry), { argv: [READ_PUBLISHED, dir] });
  const files = new Promise<Map<string, ReadPublishedFile> | undefined>((done) => {
    worker.once('message', (entries: [string, ReadPublishedFile][]) => done(new Map(entries)));
    // An error, or an exit before the message: the first settles, the rest are no-ops.
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
  return {
    files,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** The worker's side: reads the files under the directory after READ_PUBLISHED and posts them back. */
export function postPublishedFiles(): void {
  const dir = process.argv[process.argv.indexOf(READ_PUBLISHED) + 1];
  if (!parentPort || !dir) throw new Error(`${READ_PUBLISHED} runs as a worker thread, with a directory`);
  const entries = publishedFilesUnder(dir).map(({ file, format }) => [file, readPublishedFile(file, format)]);
  parentPort.postMessage(entries);
}
