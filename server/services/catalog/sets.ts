/**
 * Basis sets and profile sets: small lookup tables that give each distinct combination an id,
 * so the aggregates can key on one column and still count every item exactly once.
 */
import type { Db } from '../../db/database.ts';
import { chunked } from '../../queries/chunks.ts';

/** Key of a set of legal-basis ids: sorted, comma-joined; '' for "nothing cited". */
export function basisSetKey(ids: readonly number[]): string {
  return [...new Set(ids)].sort((a, b) => a - b).join(',');
}

/** Key of a set of (content type, author kind) pairs. */
export function profileSetKey(pairs: readonly { contentType: string; authorKind: string }[]): string {
  return [...new Set(pairs.map((p) => `${p.contentType}:${p.authorKind}`))].sort().join(',');
}

type SetTable = 'basis_sets' | 'profile_sets';

async function ensureSets(
  trx: Db,
  table: SetTable,
  keys: readonly string[],
  addMembers: (trx: Db, rows: { id: number; set_key: string }[]) => Promise<void>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const unique = [...new Set(keys)];
  for (const part of chunked(unique, 500)) {
    const rows = await trx.selectFrom(table).select(['id', 'set_key']).where('set_key', 'in', part).execute();
    for (const row of rows) ids.set(row.set_key, row.id);
  }
  const missing = unique.filter((key) => !ids.has(key));
  for (const part of chunked(missing, 500)) {
    const rows = await trx
      .insertInto(table)
      .values(part.map((set_key) => ({ set_key })))
      .returning(['id', 'set_key'])
      .execute();
    await addMembers(trx, rows);
    for (const row of rows) ids.set(row.set_key, row.id);
  }
  return ids;
}

export function ensureBasisSets(trx: Db, keys: readonly string[]): Promise<Map<string, number>> {
  return ensureSets(trx, 'basis_sets', keys, async (t, rows) => {
    const members = rows.flatMap((row) =>
      row.set_key === '' ? [] : row.set_key.split(',').map((id) => ({ set_id: row.id, legal_basis_id: Number(id) })),
    );
    for (const part of chunked(members, 5000)) await t.insertInto('basis_set_members').values(part).execute();
  });
}

export function ensureProfileSets(trx: Db, keys: readonly string[]): Promise<Map<string, number>> {
  return ensureSets(trx, 'profile_sets', keys, async (t, rows) => {
    const members = rows.flatMap((row) =>
      row.set_key.split(',').map((pair) => {
        const [content_type = '', author_kind = ''] = pair.split(':');
        return { set_id: row.id, content_type, author_kind };
      }),
    );
    for (const part of chunked(members, 5000)) await t.insertInto('profile_set_members').values(part).execute();
  });
}
