/** The source catalogue: provenance of every record. The one place that looks a source up by name. */
import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Source, SourcesTable } from '../db/schema.ts';

export function findSourceByName(db: Db, name: string): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Which of `names` are catalogued sources. */
export async function findKnownSourceNames(db: Db, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db.selectFrom('sources').select('name').where('name', 'in', names).execute();
  return new Set(rows.map((r) => r.name));
}

/** Every source, by name. */
export function findSources(db: Db): Promise<Source[]> {
  return db.selectFrom('sources').selectAll().orderBy('name').execute();
}

/** Source names by id. */
export async function findSourceNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.selectFrom('sources').select(['id', 'name']).execute();
  return new Map(rows.map((s) => [s.id, s.name]));
}

export function insertSource(db: Db, source: Insertable<SourcesTable>): Promise<Source> {
  return db.insertInto('sources').values(source).returningAll().executeTakeFirstOrThrow();
}

export async function updateSource(
  db: Db,
  id: number,
  fields: Pick<Source, 'kind' | 'url' | 'license' | 'notes'>,
): Promise<void> {
  await db.updateTable('sources').set(fields).where('id', '=', id).execute();
}
