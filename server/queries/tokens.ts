/** API token rows: stored hashes, their source, use and revocation instants. */
import type { Db } from '../db/database.ts';

export async function insertApiToken(
  db: Db,
  token: { sourceId: number; tokenHash: string; label: string | null },
): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({ source_id: token.sourceId, token_hash: token.tokenHash, label: token.label })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The unrevoked token with this hash, with its source's name. */
export function findActiveTokenByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('sources', 'sources.id', 'api_tokens.source_id')
    .select(['api_tokens.id', 'api_tokens.source_id', 'sources.name as source_name'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
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
