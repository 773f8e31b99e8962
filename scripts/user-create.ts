/**
 * `npm run user:create -- --email ADDRESS --role admin|analyst|submitter [--source NAME …] [--name TEXT]`.
 * The password is read from stdin when piped (first line), else prompted for twice without echo;
 * never from the command line, where it would land in shell history and `ps`.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { createUser } from '../server/services/auth/users.ts';
import { ValidationFailed } from '../server/services/errors.ts';
import { MIN_PASSWORD_LENGTH } from '../shared/auth.ts';

const USAGE =
  'usage: npm run user:create -- --email ADDRESS --role admin|analyst|submitter [--source NAME …] [--name TEXT]\n' +
  `  the password (at least ${MIN_PASSWORD_LENGTH} characters) comes from stdin or a prompt`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Reads one line from the terminal in raw mode, echoing nothing. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? '';
  }
  const first = await promptHidden('Password: ');
  const again = await promptHidden('Password again: ');
  if (first !== again) fail('The two passwords differ; nothing was created.');
  return first;
}

let values: { email?: string; role?: string; source?: string[]; name?: string };
try {
  ({ values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      source: { type: 'string', multiple: true },
      name: { type: 'string' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (!values.email) fail('--email: required');
if (!values.role) fail('--role: required');

const password = await readPassword().catch((error: Error) => fail(error.message));
if ([...password].length < MIN_PASSWORD_LENGTH) {
  fail(`The password is too weak: use at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`);
}

const { db, close } = openDatabase();
try {
  await migrateToLatest(db);
  const user = await createUser(
    db,
    { email: values.email, role: values.role, sources: values.source ?? [], name: values.name, password },
    { kind: 'cli', name: 'cli:user-create' },
  );
  for (const name of user.createdSources) console.log(`Created source "${name}" (kind monitor_entry).`);
  const scope = user.sources.length > 0 ? ` for ${user.sources.map((s) => `"${s}"`).join(', ')}` : '';
  console.log(`Created ${user.role} ${user.email} (user ${user.id})${scope}.`);
} catch (error) {
  if (!(error instanceof ValidationFailed)) throw error;
  process.exitCode = 2;
  console.error(`${error.message}; nothing was created.`);
} finally {
  await close();
}
