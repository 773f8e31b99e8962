/**
 * `npm run token:create -- --source NAME [--kind KIND] [--label TEXT] [--expires INSTANT]`: the token is
 * the last line of stdout. Without --expires it is valid until revoked.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { createToken } from '../server/services/tokens.ts';
import { SourceKind } from '../shared/enums.ts';
import { Instant } from '../shared/instant.ts';
import { SourceName } from '../shared/interchange.ts';

const USAGE =
  'usage: npm run token:create -- --source NAME [--kind SOURCE_KIND] [--label TEXT] [--expires 2027-01-31T00:00:00Z]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { source?: string; kind?: string; label?: string; expires?: string };
try {
  ({ values } = parseArgs({
    options: {
      source: { type: 'string' },
      kind: { type: 'string' },
      label: { type: 'string' },
      expires: { type: 'string' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
const source = SourceName.safeParse(values.source);
if (!source.success) fail(`--source: ${values.source === undefined ? 'required' : source.error.issues[0]?.message}`);
const kind = SourceKind.optional().safeParse(values.kind);
if (!kind.success) fail(`--kind must be one of ${SourceKind.options.join(', ')}`);
const expires = Instant.optional().safeParse(values.expires);
if (!expires.success) fail(`--expires: ${expires.error.issues[0]?.message}`);
if (expires.data && Date.parse(expires.data) <= Date.now()) fail('--expires must be in the future');

const { db, close } = openDatabase();
try {
  await migrateToLatest(db);
  const created = await createToken(db, {
    sourceName: source.data,
    kind: kind.data,
    label: values.label,
    expiresAt: expires.data,
  });
  if (created.sourceCreated) console.log(`Created source "${created.source.name}" (kind ${created.source.kind}).`);
  else if (kind.data && kind.data !== created.source.kind) {
    console.log(
      `Source "${created.source.name}" already exists with kind ${created.source.kind}; --kind was not applied.`,
    );
  }
  console.log(
    `Token ${created.tokenId} for source "${created.source.name}"${created.expiresAt ? `, valid until ${created.expiresAt}` : ''}. It is shown once; only its hash is stored:`,
  );
  console.log(created.token);
} finally {
  await close();
}
