/** Writes reviewed catalogue entries (titles, categories), promoting matching unreviewed ones. */
import type { LegalCategory } from '../../../shared/enums.ts';
import type { Db } from '../../db/database.ts';
import { upsertLegalBasis } from '../../queries/catalog/legal-bases.ts';
import { citationKey } from './keys.ts';
import { ensureJurisdictions } from './resolve.ts';

export interface ReviewedBasis {
  jurisdiction: string;
  instrument: string;
  article: string;
  part?: string | null;
  title: string;
  category: LegalCategory;
}

export async function upsertReviewedLegalBases(db: Db, entries: readonly ReviewedBasis[]): Promise<void> {
  await ensureJurisdictions(db, [...new Set(entries.map((e) => e.jurisdiction))]);
  for (const e of entries) {
    await upsertLegalBasis(db, {
      jurisdiction: e.jurisdiction,
      instrument: e.instrument,
      article: e.article,
      part: e.part ?? null,
      citation_key: citationKey(e),
      title: e.title,
      category: e.category,
      status: 'reviewed',
    });
  }
}
