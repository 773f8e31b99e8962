/** Platform rows, looked up by slug. */
import type { Db } from '../../db/database.ts';
import { chunked } from '../chunks.ts';

/** Ids of the platforms with these slugs; unknown slugs are absent from the map. */
export async function findPlatformIdsBySlug(db: Db, slugs: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunked(slugs, 500)) {
    const rows = await db.selectFrom('platforms').select(['id', 'slug']).where('slug', 'in', part).execute();
    for (const row of rows) ids.set(row.slug, row.id);
  }
  return ids;
}

/** Inserts platforms named by their slug; returns their ids by slug. */
export async function insertPlatforms(db: Db, slugs: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunked(slugs, 500)) {
    const rows = await db
      .insertInto('platforms')
      .values(part.map((slug) => ({ slug, name: slug })))
      .returning(['id', 'slug'])
      .execute();
    for (const row of rows) ids.set(row.slug, row.id);
  }
  return ids;
}

export function findPlatforms(db: Db) {
  return db.selectFrom('platforms').select(['id', 'slug', 'name']).execute();
}

/** Every platform's slug by id. */
export async function findPlatformSlugs(db: Db): Promise<Map<number, string>> {
  const rows = await db.selectFrom('platforms').select(['id', 'slug']).execute();
  return new Map(rows.map((p) => [p.id, p.slug]));
}
