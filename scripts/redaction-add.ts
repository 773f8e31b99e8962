/** `npm run redaction:add -- --term TEXT [--agency-id N]`: a name public views redact from stated reasons. */
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { addRedactionTerm } from '../server/services/redaction/terms.ts';

const USAGE = 'usage: npm run redaction:add -- --term TEXT [--agency-id N]   (without --agency-id: in every agency)';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { term?: string; 'agency-id'?: string };
try {
  ({ values } = parseArgs({ options: { term: { type: 'string' }, 'agency-id': { type: 'string' } } }));
} catch (error) {
  fail((error as Error).message);
}
if (!values.term) fail('--term: required');
const agencyId = values['agency-id'] === undefined ? null : Number(values['agency-id']);
if (agencyId !== null && !Number.isInteger(agencyId)) fail('--agency-id must be an agency id (catalog.agencies)');

const { db, close } = openDatabase();
try {
  await migrateToLatest(db);
  const terms = await addRedactionTerm(db, { term: values.term, agencyId });
  console.log(`The redaction list now holds ${terms.length} term${terms.length === 1 ? '' : 's'}:`);
  for (const t of terms) console.log(`  ${t.term}${t.agency_id === null ? '' : `   (agency ${t.agency_id})`}`);
} catch (error) {
  fail((error as Error).message);
} finally {
  await close();
}
