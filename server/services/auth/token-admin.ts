/**
 * tokens.create / list / revoke for logged-in users: admins for any source, submitters for their
 * own sources only (server/authorization.test.ts holds the whole matrix).
 */
import type { TokenCreateInput, TokenView } from '../../../shared/auth.ts';
import type { Db } from '../../db/database.ts';
import { findSourceByName } from '../../queries/sources.ts';
import { findTokenById, findTokens } from '../../queries/tokens.ts';
import type { UserActor } from '../actor.ts';
import { Forbidden, NotFound, ValidationFailed } from '../errors.ts';
import { createToken, revokeToken } from '../tokens.ts';

/** Source ids the user manages tokens for; null: all (an admin). */
function managedSources(actor: UserActor): number[] | null {
  return actor.role === 'admin' ? null : actor.sources.map((s) => s.id);
}

function mayManage(actor: UserActor, sourceId: number): boolean {
  const managed = managedSources(actor);
  return managed === null || managed.includes(sourceId);
}

export async function createTokenAs(db: Db, actor: UserActor, input: TokenCreateInput, now: Date) {
  const source = await findSourceByName(db, input.source);
  // Checked before existence, so a submitter learns nothing about other sources.
  if (actor.role !== 'admin' && !actor.sources.some((s) => s.name === input.source)) {
    throw new Forbidden(`you manage tokens for your own sources only, not "${input.source}"`);
  }
  if (!source) throw new NotFound(`no source "${input.source}"`);
  if (input.expiresAt && Date.parse(input.expiresAt) <= now.getTime()) {
    throw new ValidationFailed([{ path: 'expiresAt', message: 'must be in the future' }]);
  }
  const created = await createToken(
    db,
    { sourceName: source.name, label: input.label, expiresAt: input.expiresAt },
    actor,
    now,
  );
  return {
    id: created.tokenId,
    token: created.token,
    source: source.name,
    label: input.label ?? null,
    createdAt: created.createdAt,
    expiresAt: created.expiresAt,
  };
}

export async function listTokensAs(db: Db, actor: UserActor, now: Date): Promise<TokenView[]> {
  const rows = await findTokens(db, managedSources(actor));
  const at = now.toISOString();
  return rows.map((row) => ({
    id: row.id,
    source: row.source_name,
    label: row.label,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    owner: row.owner_email ? { kind: 'user', email: row.owner_email } : { kind: 'cli' },
    status: row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= at ? 'expired' : 'active',
  }));
}

export async function revokeTokenAs(db: Db, actor: UserActor, tokenId: number, now: Date) {
  const stored = await findTokenById(db, tokenId);
  if (!stored || !mayManage(actor, stored.source_id)) {
    if (stored) throw new Forbidden(`token ${tokenId} belongs to source "${stored.source_name}", not yours`);
    throw new NotFound(`no token ${tokenId}`);
  }
  return { revoked: await revokeToken(db, tokenId, actor, now) };
}
