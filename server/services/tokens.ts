/**
 * API tokens: 32 random bytes, shown once, stored only as a SHA-256 hash. A high-entropy random
 * token cannot be guessed from its hash, so a slow password KDF would add cost and no safety.
 * Each check reads the database, so a revoked or expired token is refused from the next request.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SourceKind } from '../../shared/enums.ts';
import type { Db } from '../db/database.ts';
import type { Source } from '../db/schema.ts';
import { BOOKKEEPING, withWriteTransaction } from '../db/transaction.ts';
import {
  findActiveTokenByHash,
  findTokenById,
  insertApiToken,
  revokeApiToken,
  updateTokenLastUsed,
} from '../queries/tokens.ts';
import type { Actor } from './actor.ts';
import { writeAudit } from './audit.ts';
import { ensureSource } from './sources.ts';

const PREFIX = 'tm_';
const CLI: Actor = { kind: 'cli', name: 'cli:token-create' };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  token: string;
  tokenId: number;
  source: Source;
  sourceCreated: boolean;
  expiresAt: string | null;
  createdAt: string;
}

/** Creates a token (and, from the command line, its source when new); audited as `token_create`. */
export async function createToken(
  db: Db,
  options: { sourceName: string; kind?: SourceKind; label?: string | null; expiresAt?: string | null },
  actor: Actor = CLI,
  now = new Date(),
): Promise<CreatedToken> {
  return withWriteTransaction(db, async (trx) => {
    const { source, created } = await ensureSource(trx, {
      name: options.sourceName,
      kind: options.kind ?? 'monitor_entry',
    });
    const token = PREFIX + randomBytes(32).toString('base64url');
    const createdAt = now.toISOString();
    const expiresAt = options.expiresAt ?? null;
    const label = options.label ?? null;
    const tokenId = await insertApiToken(trx, {
      sourceId: source.id,
      tokenHash: hashToken(token),
      label,
      expiresAt,
      createdByUserId: actor.kind === 'user' ? actor.userId : null,
      createdAt,
    });
    await writeAudit(trx, {
      actor,
      sourceId: source.id,
      action: 'token_create',
      entity: 'api_token',
      key: `token:${tokenId}`,
      changes: { before: null, after: { source: source.name, label, expiresAt } },
      at: createdAt,
    });
    return { token, tokenId, source, sourceCreated: created, expiresAt, createdAt };
  });
}

/** The actor a bearer token stands for, or null when it is unknown, revoked or expired at `now`. */
export async function authenticateToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<Extract<Actor, { kind: 'token' }> | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await findActiveTokenByHash(db, hashToken(token), now.toISOString());
  if (!row) return null;
  noteTokenUse(db, row.id, now);
  return { kind: 'token', tokenId: row.id, sourceId: row.source_id, sourceName: row.source_name };
}

const LAST_USED_RESOLUTION_MS = 60_000;
const lastNoted = new WeakMap<Db, Map<number, number>>();

/**
 * Records `last_used_at` at most once a minute per token, without making the request wait: the
 * write would otherwise queue behind a running ingest transaction on the single SQLite connection.
 */
function noteTokenUse(db: Db, tokenId: number, at: Date): void {
  const now = at.getTime();
  const seen = lastNoted.get(db) ?? new Map<number, number>();
  lastNoted.set(db, seen);
  if (Math.abs(now - (seen.get(tokenId) ?? 0)) < LAST_USED_RESOLUTION_MS) return;
  seen.set(tokenId, now);
  updateTokenLastUsed(db, tokenId, at.toISOString()).catch(() => {
    // Best effort: a closed database at shutdown must not turn into an unhandled rejection.
  });
}

/**
 * Revokes a token; false when it was revoked already or never existed. Audited as `token_revoke`.
 * Bookkeeping: no figure or list of records changes, so the data version stays.
 */
export async function revokeToken(db: Db, tokenId: number, actor: Actor = CLI, now = new Date()): Promise<boolean> {
  return withWriteTransaction(
    db,
    async (trx) => {
      const at = now.toISOString();
      const stored = await findTokenById(trx, tokenId);
      if (!stored || !(await revokeApiToken(trx, tokenId, at))) return false;
      await writeAudit(trx, {
        actor,
        sourceId: stored.source_id,
        action: 'token_revoke',
        entity: 'api_token',
        key: `token:${tokenId}`,
        changes: { before: { revokedAt: null }, after: { revokedAt: at } },
        at,
      });
      return true;
    },
    BOOKKEEPING,
  );
}
