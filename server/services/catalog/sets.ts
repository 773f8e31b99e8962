/**
 * Basis sets and profile sets: small lookup tables that give each distinct combination an id,
 * so the aggregates can key on one column and still count every item exactly once.
 */
import type { Db } from '../../db/database.ts';
import {
  findSetIds,
  insertBasisSetMembers,
  insertProfileSetMembers,
  insertSets,
  type SetRow,
  type SetTable,
} from '../../queries/catalog/sets.ts';
import { chunked } from '../../queries/chunks.ts';
import { knownCatalog, resolveThrough } from './known.ts';

/** Key of a set of legal-basis ids: sorted, comma-joined; '' for "nothing cited". */
export function basisSetKey(ids: readonly number[]): string {
  // Most requests cite one provision: no set, sort or join for those (hot in every write).
  if (ids.length < 2) return ids.length === 0 ? '' : String(ids[0]);
  return [...new Set(ids)].sort((a, b) => a - b).join(',');
}

/** Key of the set of (content type, author kind) pairs of a request's items: sorted, comma-joined. */
export function profileSetKey(items: readonly { content_type: string; author_kind: string }[]): string {
  const pairs = items.map((i) => `${i.content_type}:${i.author_kind}`);
  // Most requests have one or two items: no set or sort for one (hot in every write).
  return pairs.length < 2 ? (pairs[0] ?? '') : [...new Set(pairs)].sort().join(',');
}

/** Set ids by key, matched or created; within a write transaction each key is asked once (known.ts). */
function ensureSets(
  trx: Db,
  table: SetTable,
  keys: readonly string[],
  addMembers: (trx: Db, rows: SetRow[]) => Promise<void>,
): Promise<Map<string, number>> {
  return resolveThrough(knownCatalog(trx)[table], keys, async (unique) => {
    const ids = await findSetIds(trx, table, unique);
    const missing = unique.filter((key) => !ids.has(key));
    for (const part of chunked(missing, 500)) {
      const rows = await insertSets(trx, table, part);
      await addMembers(trx, rows);
      for (const row of rows) ids.set(row.set_key, row.id);
    }
    return ids;
  });
}

export function ensureBasisSets(trx: Db, keys: readonly string[]): Promise<Map<string, number>> {
  return ensureSets(trx, 'basis_sets', keys, (t, rows) =>
    insertBasisSetMembers(
      t,
      rows.flatMap((row) =>
        row.set_key === '' ? [] : row.set_key.split(',').map((id) => ({ set_id: row.id, legal_basis_id: Number(id) })),
      ),
    ),
  );
}

export function ensureProfileSets(trx: Db, keys: readonly string[]): Promise<Map<string, number>> {
  return ensureSets(trx, 'profile_sets', keys, (t, rows) =>
    insertProfileSetMembers(
      t,
      rows.flatMap((row) =>
        row.set_key.split(',').map((pair) => {
          const [content_type = '', author_kind = ''] = pair.split(':');
          return { set_id: row.id, content_type, author_kind };
        }),
      ),
    ),
  );
}
