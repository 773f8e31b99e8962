import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { createTestDb } from '../test/db.ts';
import { authenticateToken, hashToken, revokeToken } from './tokens.ts';

test('token:create prints the token alone on the last line and stores only its hash', async () => {
  const t = await createTestDb();
  try {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/token-create.ts', '--source', 'my-monitor'], {
      env: { ...process.env, DATABASE_URL: t.file },
    });
    const token = stdout.trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^tm_[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(rows).toEqual([{ token_hash: hashToken(token) }]);
    expect(JSON.stringify(await t.db.selectFrom('api_tokens').selectAll().execute())).not.toContain(token);
    const actor = await authenticateToken(t.db, token);
    expect(actor).toMatchObject({ kind: 'token', sourceName: 'my-monitor' });
    await revokeToken(t.db, actor?.tokenId ?? 0);
    expect(await authenticateToken(t.db, token)).toBeNull();
  } finally {
    await t.dispose();
  }
});
