/** Batch-level checks beyond shape: which source each record belongs to, duplicates, repeated citations. */
import type { RequestInput } from '../../../shared/interchange.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { Db } from '../../db/database.ts';
import { findKnownSourceNames } from '../../queries/sources.ts';
import { type Actor, defaultSourceName, outOfScope } from '../actor.ts';
import { citationKey } from '../catalog/keys.ts';

export interface Inspection {
  /** Source name of each record, by batch index. */
  sourceNames: string[];
  problems: Problem[];
  /** Records the actor may not write (a token or submitter acting for another source). */
  forbidden: Problem[];
}

export async function inspectBatch(db: Db, requests: RequestInput[], actor: Actor): Promise<Inspection> {
  const problems: Problem[] = [];
  const forbidden: Problem[] = [];
  const sourceNames: string[] = [];
  const firstIndex = new Map<string, number>();

  requests.forEach((record, index) => {
    const name = record.source ?? defaultSourceName(actor) ?? '';
    const refusal = name ? outOfScope(actor, name, 'writes') : null;
    sourceNames.push(name);
    if (!name) {
      problems.push({
        index,
        path: 'source',
        message: 'name the source of this record (or import with --source NAME)',
      });
    } else if (refusal) {
      forbidden.push({ index, path: 'source', message: refusal });
    } else if (actor.kind === 'cli' && actor.defaultSource && name !== actor.defaultSource) {
      problems.push({
        index,
        path: 'source',
        message: `source "${name}" differs from the source given for this run ("${actor.defaultSource}")`,
      });
    }
    const key = `${name}\u0001${record.externalId}`;
    const seen = firstIndex.get(key);
    if (seen === undefined) firstIndex.set(key, index);
    else problems.push({ index, path: 'externalId', message: `duplicate of record ${seen} in this batch` });

    const cited = new Map<string, number>();
    record.legalBases.forEach((citation, i) => {
      const key = citationKey(citation);
      const at = cited.get(key);
      if (at === undefined) cited.set(key, i);
      else problems.push({ index, path: `legalBases[${i}]`, message: `cites the same provision as legalBases[${at}]` });
    });
  });

  if (actor.kind === 'cli' && !actor.createMissingSources) {
    const known = await findKnownSourceNames(db, [...new Set(sourceNames.filter(Boolean))]);
    sourceNames.forEach((name, index) => {
      if (name && !known.has(name)) problems.push({ index, path: 'source', message: `unknown source "${name}"` });
    });
  }
  problems.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return { sourceNames, problems, forbidden };
}
