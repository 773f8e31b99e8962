/** The source catalogue: provenance of every record (DESIGN.md §3 "Source"). */
import type { SourceKind } from '../../shared/enums.ts';
import type { Db } from '../db/database.ts';
import type { Source } from '../db/schema.ts';
import { findSourceByName, insertSource } from '../queries/sources.ts';

export interface SourceFields {
  name: string;
  kind: SourceKind;
  url?: string | null;
  license?: string | null;
  notes?: string | null;
}

/** Returns the named source, creating it with `fields` when absent (an existing one is left as is). */
export async function ensureSource(db: Db, fields: SourceFields): Promise<{ source: Source; created: boolean }> {
  const existing = await findSourceByName(db, fields.name);
  if (existing) return { source: existing, created: false };
  const source = await insertSource(db, {
    name: fields.name,
    kind: fields.kind,
    url: fields.url ?? null,
    license: fields.license ?? null,
    notes: fields.notes ?? null,
  });
  return { source, created: true };
}
