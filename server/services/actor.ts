/** Who is writing: an API token scoped to one source, or an operator's command-line run. */
import type { SourceKind } from '../../shared/enums.ts';

export type Actor =
  | { kind: 'token'; tokenId: number; sourceId: number; sourceName: string }
  | {
      kind: 'cli';
      /** Shown in the audit log, e.g. `cli:import`. */
      name: string;
      /** Source for records that name none (import --source, seed). */
      defaultSource?: string;
      /** Create sources named by records but absent from the catalogue, with this kind. */
      createMissingSources?: { kind: SourceKind };
    };

export function actorLabel(actor: Actor): string {
  return actor.kind === 'token' ? `token:${actor.tokenId}` : actor.name;
}
