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

/** Key of a set of legal-basis ids: sorted, comma-joined; '' for "nothing cited". */
export function basisSetKey(ids: readonly number[]): string {
  return [...new Set(ids)].sort((a, b) => a - b).join(',');
}

/** Key of a set of (content type, author kind) pairs. */
export function profileSetKey(pairs: readonly { contentType: string; authorKind: string }[]): string {
  return [...new Set(pairs.map((p) => `${p.contentType}:${p.authorKind}`))].sort().join(',');
}

async function ensureSets(
  trx: Db,
  table: SetTable,
  keys: readonly string[],
  addMembers: (trx: Db, rows: SetRow[]) => Promise<void>,
): Promise<Map<string, number>> {
  const unique = [...new Set(keys)];
  const ids = await findSetIds(trx, table, unique);
  const missing = unique.filter((key) => !ids.has(key));
  for (const part of chunked(missing, 500)) {
    const rows = await insertSets(trx, table, part);
    await addMembers(trx, rows);
    for (const row of rows) ids.set(row.set_key, row.id);
  }
  return ids;
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
