import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { demoDatabaseIsNew } from './demo-child.ts';

const dir = mkdtempSync(join(tmpdir(), 'takedown-demo-child-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the demo process starts first only for a SQLite file that does not exist yet, with demo data on', () => {
  const missing = join(dir, 'new.sqlite');
  const present = join(dir, 'there.sqlite');
  writeFileSync(present, '');
  expect(demoDatabaseIsNew({ DATABASE_URL: missing })).toBe(true);
  expect(demoDatabaseIsNew({ DATABASE_URL: `file:${missing}`, DEMO_DATA: '1' })).toBe(true);
  expect(demoDatabaseIsNew({ DATABASE_URL: present })).toBe(false);
  expect(demoDatabaseIsNew({ DATABASE_URL: missing, DEMO_DATA: '0' })).toBe(false);
  expect(demoDatabaseIsNew({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/takedown' })).toBe(false);
  // Refused by the configuration check, which start.ts then reports: not started early.
  expect(demoDatabaseIsNew({ DATABASE_URL: ':memory:' })).toBe(false);
  // Empty is unset, as for the configuration check: the default file under the working directory.
  expect(demoDatabaseIsNew({ DATABASE_URL: '', DEMO_DATA: '' })).toBe(demoDatabaseIsNew({}));
});
