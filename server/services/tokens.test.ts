import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { createTestDb } from '../test/db.ts';
import { authenticateToken, createToken, hashToken, revokeToken } from './tokens.ts';

test('token:create prints the token alone on the last line and stores only its hash', async () => {
  const t = await createTestDb();
  try {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/token-create.ts', '--source', 'my-monitor'], {
      env: { ...process.env, DATABASE_URL: t.url },
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

test('a used token gets last_used_at, written at most once a minute', async () => {
  const t = await createTestDb();
  try {
    const { token, tokenId } = await createToken(t.db, { sourceName: 'used' });
    const lastUsed = () =>
      t.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', tokenId).executeTakeFirstOrThrow();
    expect(await lastUsed()).toEqual({ last_used_at: null });
    await authenticateToken(t.db, token);
    await expect.poll(async () => (await lastUsed()).last_used_at).not.toBeNull();
    const first = (await lastUsed()).last_used_at;
    await authenticateToken(t.db, token);
    await new Promise((r) => setTimeout(r, 50));
    expect((await lastUsed()).last_used_at).toBe(first);
  } finally {
    await t.dispose();
  }
});

test('an expiring token authenticates until its instant, not after; revocation is audited once', async () => {
  const t = await createTestDb();
  try {
    const expiresAt = '2030-01-01T00:00:00.000Z';
    const { token, tokenId } = await createToken(t.db, { sourceName: 'soon', expiresAt });
    expect(await authenticateToken(t.db, token, new Date('2029-12-31T23:59:59Z'))).not.toBeNull();
    expect(await authenticateToken(t.db, token, new Date(expiresAt))).toBeNull();
    expect(await revokeToken(t.db, tokenId)).toBe(true);
    expect(await revokeToken(t.db, tokenId)).toBe(false);
    const audit = await t.db.selectFrom('audit_log').select(['actor', 'action', 'source_id']).execute();
    expect(audit.map((a) => a.action)).toEqual(['token_create', 'token_revoke']);
    expect(audit.every((a) => a.actor === 'cli:token-create' && a.source_id === 1)).toBe(true);
  } finally {
    await t.dispose();
  }
});
