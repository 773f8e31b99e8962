/** Writes reviewed catalogue entries (titles, categories), promoting matching unreviewed ones. */
import type { LegalCategory } from '../../../shared/enums.ts';
import { jurisdictionName } from '../../../shared/jurisdictions.ts';
import type { Db } from '../../db/database.ts';
import { citationKey } from './keys.ts';

export interface ReviewedBasis {
  jurisdiction: string;
  instrument: string;
  article: string;
  part?: string | null;
  title: string;
  category: LegalCategory;
}

export async function upsertReviewedLegalBases(db: Db, entries: readonly ReviewedBasis[]): Promise<void> {
  const codes = [...new Set(entries.map((e) => e.jurisdiction))];
  if (codes.length === 0) return;
  await db
    .insertInto('jurisdictions')
    .values(codes.map((code) => ({ code, name: jurisdictionName(code) })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  for (const e of entries) {
    await db
      .insertInto('legal_bases')
      .values({
        jurisdiction: e.jurisdiction,
        instrument: e.instrument,
        article: e.article,
        part: e.part ?? null,
        citation_key: citationKey(e),
        title: e.title,
        category: e.category,
        status: 'reviewed',
      })
      .onConflict((oc) =>
        oc.column('citation_key').doUpdateSet({ title: e.title, category: e.category, status: 'reviewed' }),
      )
      .execute();
  }
}
