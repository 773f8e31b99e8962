/** The source catalogue: provenance of every record (DESIGN.md §3 "Source"). */
import type { SourceKind } from '../../shared/enums.ts';
import type { Db } from '../db/database.ts';
import type { Source } from '../db/schema.ts';

export interface SourceFields {
  name: string;
  kind: SourceKind;
  url?: string | null;
  license?: string | null;
  notes?: string | null;
}

export async function findSourceByName(db: Db, name: string): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Returns the named source, creating it with `fields` when absent (an existing one is left as is). */
export async function ensureSource(db: Db, fields: SourceFields): Promise<{ source: Source; created: boolean }> {
  const existing = await findSourceByName(db, fields.name);
  if (existing) return { source: existing, created: false };
  const source = await db
    .insertInto('sources')
    .values({
      name: fields.name,
      kind: fields.kind,
      url: fields.url ?? null,
      license: fields.license ?? null,
      notes: fields.notes ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { source, created: true };
}
