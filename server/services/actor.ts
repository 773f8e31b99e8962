/** Who is writing: an API token scoped to one source, a logged-in user, or an operator's command-line run. */
import type { UserRole } from '../../shared/auth.ts';
import type { SourceKind } from '../../shared/enums.ts';
import type { Viewer } from '../../shared/roles.ts';

export type Actor =
  | { kind: 'token'; tokenId: number; sourceId: number; sourceName: string }
  | {
      kind: 'user';
      userId: number;
      email: string;
      name: string;
      role: UserRole;
      /** The sources a submitter writes for; empty for analysts and admins. */
      sources: { id: number; name: string }[];
    }
  | {
      kind: 'cli';
      /** Shown in the audit log, e.g. `cli:import`. */
      name: string;
      /** Source for records that name none (import --source, seed). */
      defaultSource?: string;
      /** Create sources named by records but absent from the catalogue, with this kind. */
      createMissingSources?: { kind: SourceKind };
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'token') return `token:${actor.tokenId}`;
  if (actor.kind === 'user') return `user:${actor.userId}:${actor.email}`;
  return actor.name;
}

/** What a request may read: a token reads as a submitter of its source (shared/roles.ts). */
export function viewerOf(actor: Actor | null): Viewer {
  if (actor?.kind === 'token') return { role: 'submitter', userId: null, sources: [actor.sourceId] };
  if (actor?.kind === 'user')
    return { role: actor.role, userId: actor.userId, sources: actor.sources.map((s) => s.id) };
  return { role: 'public', userId: null, sources: [] };
}

/**
 * Source names an ingest actor may write for; null: any (an operator on the command line). Only
 * submitters write through the API (server/trpc.ts), so other users' scope is empty.
 */
export function writableSources(actor: Actor): { id: number; name: string }[] | null {
  if (actor.kind === 'token') return [{ id: actor.sourceId, name: actor.sourceName }];
  if (actor.kind === 'user') return actor.role === 'submitter' ? actor.sources : [];
  return null;
}

/** The source of records that name none: the token's, a one-source submitter's, or the run's. */
export function defaultSourceName(actor: Actor): string | undefined {
  if (actor.kind === 'token') return actor.sourceName;
  if (actor.kind === 'user') return actor.sources.length === 1 ? actor.sources[0]?.name : undefined;
  return actor.defaultSource;
}

/** Why `actor` may not write for `source`, or null when it may. */
export function outOfScope(actor: Actor, source: string, verb: 'writes' | 'acts'): string | null {
  const scope = writableSources(actor);
  if (!scope || scope.some((s) => s.name === source)) return null;
  if (actor.kind === 'token') return `this token ${verb} for source "${actor.sourceName}" only, not "${source}"`;
  const names = scope.map((s) => `"${s.name}"`).join(', ');
  return names
    ? `your account ${verb} for ${scope.length === 1 ? 'source' : 'sources'} ${names} only, not "${source}"`
    : `your account writes for no source`;
}
