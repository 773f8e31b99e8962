/**
 * `npm run import -- FILE|DIR [options]`: interchange JSONL/CSV records, and platforms' published
 * reports (Google, X, EU DSA template) recognised by their header; a directory imports every
 * recognised file under it.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Db } from '../server/db/database.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { ValidationFailed } from '../server/services/errors.ts';
import { importFile } from '../server/services/files/import.ts';
import { classifyFile, filesUnder } from '../server/services/published/classify.ts';
import { importPublishedFile } from '../server/services/published/import.ts';
import { SourceKind } from '../shared/enums.ts';
import { IsoDay } from '../shared/instant.ts';
import { SourceName } from '../shared/interchange.ts';
import { describeProblem } from '../shared/problems.ts';
import { PUBLISHED_FORMATS, PublishedFormat } from '../shared/published.ts';

const USAGE = `usage: npm run import -- FILE.jsonl|FILE.csv|DIR [options]
  --format F        force a published layout: ${PUBLISHED_FORMATS.join('|')}
  --retrieved DAY   when the published file was downloaded (YYYY-MM-DD), recorded with it
  --source NAME     source of records that name none (created if missing); records naming another source are invalid
  --kind KIND       kind of sources created by this import (default monitor_entry): ${SourceKind.options.join(', ')}
  --skip-invalid    import the valid records and report the invalid ones, committing chunk by chunk with a
                    checkpoint (default: the file is one transaction; any invalid line → nothing written)
  --chunk N         requests per write step, and per commit with --skip-invalid (default 1000)
  --restart         with --skip-invalid: ignore the checkpoint of an earlier interrupted run of the same file
  --report PATH     where to write the full list of problems (default FILE.errors.txt)
exit codes: 0 imported (with --skip-invalid, invalid lines are reported and skipped); 1 invalid lines or an
  unrecognised file, nothing of that file written; 2 usage`;

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      kind: { type: 'string', default: 'monitor_entry' },
      'skip-invalid': { type: 'boolean', default: false },
      chunk: { type: 'string', default: '1000' },
      restart: { type: 'boolean', default: false },
      report: { type: 'string' },
      format: { type: 'string' },
      retrieved: { type: 'string' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
const target = positionals[0];
if (!target || positionals.length > 1) usage('give exactly one file or directory');
if (!existsSync(target)) usage(`${target}: no such file or directory`);
const forced = values.format === undefined ? undefined : PublishedFormat.safeParse(values.format);
if (forced && !forced.success) usage(`--format must be one of ${PUBLISHED_FORMATS.join(', ')}`);
if (values.retrieved !== undefined && !IsoDay.safeParse(values.retrieved).success)
  usage('--retrieved must be a day, YYYY-MM-DD');
const kind = SourceKind.safeParse(values.kind);
if (!kind.success) usage(`--kind must be one of ${SourceKind.options.join(', ')}`);
const sourceKind = kind.data;
if (values.source !== undefined && !SourceName.safeParse(values.source).success)
  usage('--source: not a valid source name');
const chunkSize = Number(values.chunk);
if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 1000) usage('--chunk must be 1–1000');

async function importInterchange(file: string, db: Db): Promise<boolean> {
  const reportPath = values.report ?? `${file}.errors.txt`;
  let reportStream: ReturnType<typeof createWriteStream> | undefined;
  let shown = 0;
  const total = statSync(file).size;
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'importing |{bar}| {percentage}% {value}/{total} bytes', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(total, 0);

  const started = performance.now();
  const summary = await importFile(db, file, {
    source: values.source,
    kind: sourceKind,
    skipInvalid: values['skip-invalid'],
    chunkSize,
    restart: values.restart,
    onBytes: (bytes) => bar?.update(bytes),
    onProblem: (problem) => {
      reportStream ??= createWriteStream(reportPath);
      reportStream.write(`${describeProblem(problem)}\n`);
      if (shown++ < 200) console.error(describeProblem(problem));
    },
  });
  bar?.stop();
  reportStream?.end();
  const seconds = (performance.now() - started) / 1000;
  if (summary.invalid > 0) {
    console.error(`${summary.invalid} invalid record(s) of ${summary.records}; full list in ${reportPath}`);
  }
  if (!summary.written) {
    console.error('Nothing was written. Fix the file, or re-run with --skip-invalid to import the valid records.');
    process.exitCode = 1;
  } else {
    if (summary.resumedAfterLine > 0)
      console.log(`Resumed after line ${summary.resumedAfterLine} (an earlier run was interrupted).`);
    console.log(
      `Imported ${file}: ${summary.records} records; requests ${summary.created} created, ${summary.updated} updated, ` +
        `${summary.unchanged} unchanged; ${summary.items} items written; ${summary.invalid} skipped as invalid; ` +
        `${seconds.toFixed(1)} s (${Math.round(summary.items / seconds)} items/s).`,
    );
  }
  return summary.written;
}

/** One published report: parsed and checked whole, written in one transaction, summarised. */
async function importPublished(file: string, format: PublishedFormat, db: Db): Promise<boolean> {
  try {
    const started = performance.now();
    const summary = await importPublishedFile(db, file, {
      format,
      ...(values.retrieved ? { retrievedAt: values.retrieved } : {}),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = `${summary.rows} rows, ${summary.periods} periods, ${summary.countries} countries`;
    if (summary.status === 'unchanged') console.log(`${file}: already imported (same sha256), nothing changed.`);
    else
      console.log(
        `Imported ${file} as ${format} (${summary.publisher}): ${what}; ${summary.replaced} earlier figures replaced, ` +
          `${summary.restated} of them with other values; ${summary.warnings.length} warnings; ${seconds} s.`,
      );
    for (const warning of summary.warnings.slice(0, 50)) console.warn(`  warning: ${warning}`);
    if (summary.warnings.length > 50) console.warn(`  … and ${summary.warnings.length - 50} more warnings`);
    return true;
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    console.error(`${file}: ${error.problems.length} problem(s); nothing of this file was written.`);
    for (const problem of error.problems.slice(0, 200)) console.error(`  ${describeProblem(problem)}`);
    return false;
  }
}

const files = filesUnder(target);
const directory = files.length !== 1 || files[0] !== target;
const { db, close } = openDatabase();
let failed = 0;
let imported = 0;
try {
  await migrateToLatest(db);
  const progress =
    directory && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'files |{bar}| {value}/{total} {file}', stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  progress?.start(files.length, 0, { file: '' });
  for (const [index, file] of files.entries()) {
    progress?.update(index, { file });
    const kind = classifyFile(file, forced?.data);
    if (kind.kind === 'unknown') {
      // In a directory, files of other kinds (READMEs, SOURCE.txt) are named and passed over.
      if (directory && !file.toLowerCase().endsWith('.csv')) continue;
      console.error(`${file}: not imported: ${kind.reason}.`);
      failed++;
      continue;
    }
    const ok =
      kind.kind === 'interchange' ? await importInterchange(file, db) : await importPublished(file, kind.format, db);
    if (ok) imported++;
    else failed++;
  }
  progress?.update(files.length, { file: '' });
  progress?.stop();
  if (directory) console.log(`${imported} file(s) imported or unchanged, ${failed} refused, from ${target}.`);
  if (failed > 0) process.exitCode = 1;
} finally {
  await close();
}
