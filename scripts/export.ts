/** `npm run export -- --format csv|jsonl [--out FILE] [--source NAME] [--from DAY] [--to DAY] [--jurisdiction XX] [--platform SLUG] [--include-retracted]` */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { exportRecords } from '../server/services/files/export.ts';
import { OPERATOR_VIEWER } from '../server/services/redaction/projection.ts';
import { IsoDay } from '../shared/instant.ts';

const USAGE =
  'usage: npm run export -- --format csv|jsonl [--out FILE] [--source NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] ' +
  '[--jurisdiction XX] [--platform SLUG] [--include-retracted]\nRetracted requests are left out unless --include-retracted.';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      source: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      jurisdiction: { type: 'string' },
      platform: { type: 'string' },
      'include-retracted': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
const format = values.format;
if (format !== 'csv' && format !== 'jsonl') usage('--format must be csv or jsonl');
for (const key of ['from', 'to'] as const) {
  if (values[key] !== undefined && !IsoDay.safeParse(values[key]).success) usage(`--${key} must be a date YYYY-MM-DD`);
}
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const out = typeof values.out === 'string' ? createWriteStream(values.out) : process.stdout;
const { db, close } = openDatabase();
try {
  await migrateToLatest(db);
  const count = await exportRecords(
    db,
    format,
    {
      source: str(values.source),
      from: str(values.from),
      to: str(values.to),
      jurisdiction: str(values.jurisdiction),
      platform: str(values.platform),
      includeRetracted: values['include-retracted'] === true,
    },
    out,
    { viewer: OPERATOR_VIEWER },
  );
  if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
  console.error(`Exported ${count} requests.`);
} finally {
  await close();
}
