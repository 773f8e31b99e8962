/** API token rows: stored hashes, their source, owner, use, expiry and revocation instants. */
import type { Db } from '../db/database.ts';

export async function insertApiToken(
  db: Db,
  token: {
    sourceId: number;
    tokenHash: string;
    label: string | null;
    expiresAt?: string | null;
    createdByUserId?: number | null;
    createdAt?: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      source_id: token.sourceId,
      token_hash: token.tokenHash,
      label: token.label,
      expires_at: token.expiresAt ?? null,
      created_by_user_id: token.createdByUserId ?? null,
      ...(token.createdAt ? { created_at: token.createdAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The token with this hash, unrevoked and not expired at `now`, with its source's name. */
export function findActiveTokenByHash(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('sources', 'sources.id', 'api_tokens.source_id')
    .select(['api_tokens.id', 'api_tokens.source_id', 'sources.name as source_name'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .executeTakeFirst();
}

/** Tokens with source and owner, newest first; only those of `sourceIds` when given. */
export function findTokens(db: Db, sourceIds: readonly number[] | null) {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('sources', 'sources.id', 'api_tokens.source_id')
    .leftJoin('users', 'users.id', 'api_tokens.created_by_user_id')
    .select([
      'api_tokens.id',
      'sources.name as source_name',
      'api_tokens.label',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'users.email as owner_email',
    ])
    .orderBy('api_tokens.id', 'desc');
  if (sourceIds) {
    if (sourceIds.length === 0) return Promise.resolve([]);
    query = query.where('api_tokens.source_id', 'in', sourceIds);
  }
  return query.execute();
}

export function findTokenById(db: Db, tokenId: number) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('sources', 'sources.id', 'api_tokens.source_id')
    .select(['api_tokens.id', 'api_tokens.source_id', 'sources.name as source_name', 'api_tokens.revoked_at'])
    .where('api_tokens.id', '=', tokenId)
    .executeTakeFirst();
}

export async function updateTokenLastUsed(db: Db, tokenId: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}

/** Revokes an unrevoked token; false when there was none. */
export async function revokeApiToken(db: Db, tokenId: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
