/**
 * File import, in one pass over the file. By default the whole file is one write transaction:
 * records are validated and written chunk by chunk, and the first invalid record rolls everything
 * back; reading then goes on to the end so every problem is reported. With `skipInvalid`, each
 * chunk's valid records commit with a checkpoint, so a re-run after an interruption resumes where
 * the last committed chunk ended (import-resumable.ts). Idempotency is the second safety net.
 */
import type { SourceKind } from '../../../shared/enums.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../actor.ts';
import type { SubmitResult } from '../ingest/index.ts';
import { importResumable } from './import-resumable.ts';
import { importWhole } from './import-whole.ts';
import type { ScanCounts } from './records.ts';

export { chunks, type Valid, validate } from './records.ts';

export interface ImportOptions {
  source?: string;
  kind: SourceKind;
  skipInvalid: boolean;
  chunkSize: number;
  /** With skipInvalid: ignore the checkpoint of an earlier interrupted run. */
  restart?: boolean;
  onProblem?: (problem: Problem) => void;
  /** Bytes of the file read so far. */
  onBytes?: (bytes: number) => void;
}

export interface ImportSummary extends ScanCounts {
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  items: number;
  resumedAfterLine: number;
}

/** What both ways of importing need: who writes, the running summary, where problems go. */
export interface ImportRun {
  db: Db;
  path: string;
  options: ImportOptions;
  actor: Actor;
  summary: ImportSummary;
  report: (problems: Problem[]) => void;
  addWritten: (result: SubmitResult) => void;
}

export async function importFile(db: Db, path: string, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    records: 0,
    invalid: 0,
    written: false,
    created: 0,
    updated: 0,
    unchanged: 0,
    items: 0,
    resumedAfterLine: 0,
  };
  const run: ImportRun = {
    db,
    path,
    options,
    actor: {
      kind: 'cli',
      name: 'cli:import',
      defaultSource: options.source,
      createMissingSources: { kind: options.kind },
    },
    summary,
    report: (problems) => {
      for (const p of problems) options.onProblem?.(p);
    },
    addWritten: (result) => {
      summary.created += result.created;
      summary.updated += result.updated;
      summary.unchanged += result.unchanged;
      summary.items += result.items;
    },
  };
  if (options.skipInvalid) await importResumable(run);
  else await importWhole(run);
  return summary;
}
