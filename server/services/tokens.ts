/**
 * API tokens: 32 random bytes, shown once, stored only as a SHA-256 hash. A high-entropy random
 * token cannot be guessed from its hash, so a slow password KDF would add cost and no safety.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SourceKind } from '../../shared/enums.ts';
import type { Db } from '../db/database.ts';
import type { Source } from '../db/schema.ts';
import { findActiveTokenByHash, insertApiToken, revokeApiToken, updateTokenLastUsed } from '../queries/tokens.ts';
import type { Actor } from './actor.ts';
import { ensureSource } from './sources.ts';

const PREFIX = 'tm_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  token: string;
  tokenId: number;
  source: Source;
  sourceCreated: boolean;
}

export async function createToken(
  db: Db,
  options: { sourceName: string; kind?: SourceKind; label?: string },
): Promise<CreatedToken> {
  const { source, created } = await ensureSource(db, {
    name: options.sourceName,
    kind: options.kind ?? 'monitor_entry',
  });
  const token = PREFIX + randomBytes(32).toString('base64url');
  const tokenId = await insertApiToken(db, {
    sourceId: source.id,
    tokenHash: hashToken(token),
    label: options.label ?? null,
  });
  return { token, tokenId, source, sourceCreated: created };
}

/** The actor a bearer token stands for, or null when it is unknown or revoked. */
export async function authenticateToken(db: Db, token: string): Promise<Extract<Actor, { kind: 'token' }> | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await findActiveTokenByHash(db, hashToken(token));
  if (!row) return null;
  noteTokenUse(db, row.id);
  return { kind: 'token', tokenId: row.id, sourceId: row.source_id, sourceName: row.source_name };
}

const LAST_USED_RESOLUTION_MS = 60_000;
const lastNoted = new WeakMap<Db, Map<number, number>>();

/**
 * Records `last_used_at` at most once a minute per token, without making the request wait: the
 * write would otherwise queue behind a running ingest transaction on the single SQLite connection.
 */
function noteTokenUse(db: Db, tokenId: number): void {
  const now = Date.now();
  const seen = lastNoted.get(db) ?? new Map<number, number>();
  lastNoted.set(db, seen);
  if (now - (seen.get(tokenId) ?? 0) < LAST_USED_RESOLUTION_MS) return;
  seen.set(tokenId, now);
  updateTokenLastUsed(db, tokenId, new Date(now).toISOString()).catch(() => {
    // Best effort: a closed database at shutdown must not turn into an unhandled rejection.
  });
}

export async function revokeToken(db: Db, tokenId: number): Promise<boolean> {
  return revokeApiToken(db, tokenId, new Date().toISOString());
}
