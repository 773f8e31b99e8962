/** npm run user:create: password from stdin, weak ones refused, no password or hash in output or audit. */
import { execFile } from 'node:child_process';
import { expect, test } from 'vitest';
import { createTestDb } from '../../test/db.ts';
import { verifyPassword } from './password.ts';

function userCreate(url: string, args: string[], stdin: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      'npx',
      ['tsx', 'scripts/user-create.ts', ...args],
      { env: { ...process.env, DATABASE_URL: url } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

test('user:create reads the password from stdin, refuses weak ones, and stores only a hash', async () => {
  const t = await createTestDb();
  try {
    const weak = await userCreate(t.url, ['--email', 'a@example.org', '--role', 'admin'], 'short\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/too weak: use at least 12 characters; nothing was created/);

    const password = 'a long enough passphrase';
    const args = ['--email', 'Sub@Example.org', '--role', 'submitter', '--source', 'mon-a', '--name', 'Sub'];
    const made = await userCreate(t.url, args, `${password}\n`);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/Created submitter sub@example\.org \(user 1\) for "mon-a"\./);
    const user = await t.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user).toMatchObject({ email: 'sub@example.org', display_name: 'Sub', role: 'submitter' });
    expect(await verifyPassword(password, user.password_hash)).toBe(true);
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    expect(audit.map((a) => [a.actor, a.action, a.entity_key])).toEqual([['cli:user-create', 'user_create', 'user:1']]);
    expect(JSON.stringify(audit)).not.toContain(password);
    expect(JSON.stringify(audit)).not.toContain(user.password_hash);

    const again = await userCreate(t.url, ['--email', 'sub@example.org', '--role', 'analyst'], `${password}\n`);
    expect(again.stderr).toMatch(/sub@example\.org has an account already/);
    const noSource = await userCreate(t.url, ['--email', 'b@example.org', '--role', 'submitter'], `${password}\n`);
    expect(noSource.stderr).toMatch(/a submitter needs at least one --source/);
  } finally {
    await t.dispose();
  }
});
