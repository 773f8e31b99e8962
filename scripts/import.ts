/** `npm run import -- FILE [--source NAME] [--kind KIND] [--skip-invalid] [--chunk N] [--restart] [--report PATH]` */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { importFile } from '../server/services/files/import.ts';
import { SourceKind } from '../shared/enums.ts';
import { SourceName } from '../shared/interchange.ts';
import { describeProblem } from '../shared/problems.ts';

const USAGE = `usage: npm run import -- FILE.jsonl|FILE.csv [options]
  --source NAME     source of records that name none (created if missing); records naming another source are invalid
  --kind KIND       kind of sources created by this import (default monitor_entry): ${SourceKind.options.join(', ')}
  --skip-invalid    import the valid records and report the invalid ones (default: any invalid line → nothing written)
  --chunk N         requests per committed chunk (default 1000)
  --restart         ignore the checkpoint of an earlier interrupted run of the same file
  --report PATH     where to write the full list of problems (default FILE.errors.txt)
exit codes: 0 imported (with --skip-invalid, invalid lines are reported and skipped); 1 invalid lines, nothing written; 2 usage`;

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
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (!file || positionals.length > 1) usage('give exactly one file');
if (!existsSync(file)) usage(`${file}: no such file`);
const kind = SourceKind.safeParse(values.kind);
if (!kind.success) usage(`--kind must be one of ${SourceKind.options.join(', ')}`);
if (values.source !== undefined && !SourceName.safeParse(values.source).success)
  usage('--source: not a valid source name');
const chunkSize = Number(values.chunk);
if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 1000) usage('--chunk must be 1–1000');

const reportPath = values.report ?? `${file}.errors.txt`;
let reportStream: ReturnType<typeof createWriteStream> | undefined;
let shown = 0;
const total = statSync(file).size;
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar(
      { format: 'pass {pass} |{bar}| {percentage}% {value}/{total} bytes', stream: process.stderr },
      cliProgress.Presets.shades_classic,
    )
  : undefined;
bar?.start(total, 0, { pass: 1 });

const { db, close } = openDatabase();
const started = performance.now();
try {
  await migrateToLatest(db);
  const summary = await importFile(db, file, {
    source: values.source,
    kind: kind.data,
    skipInvalid: values['skip-invalid'],
    chunkSize,
    restart: values.restart,
    onBytes: (bytes, pass) => bar?.update(bytes, { pass }),
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
} finally {
  await close();
}
