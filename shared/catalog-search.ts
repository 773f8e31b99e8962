/**
 * `catalog.searchAgencies` / `catalog.searchLegalBases`: the entry form's pickers search the
 * catalogue as one types. Public (the catalogue is public); bounded so one call stays cheap.
 */
import { z } from 'zod';
import { JurisdictionCode } from './interchange.ts';

export const SEARCH_LIMIT_MAX = 50;
/** Words of a search, each matched as a substring; more would only slow the query down. */
export const SEARCH_WORDS_MAX = 6;

export const CatalogSearchInput = z.strictObject({
  jurisdiction: JurisdictionCode.optional(),
  /** Words matched case-insensitively (ASCII), each somewhere in the entry; empty lists the first entries. */
  q: z.string().trim().max(100, 'must be at most 100 characters').default(''),
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(10),
});
export type CatalogSearchInput = z.infer<typeof CatalogSearchInput>;

/** The words of a search (at most SEARCH_WORDS_MAX). */
export const searchWords = (q: string) => q.split(/\s+/).filter(Boolean).slice(0, SEARCH_WORDS_MAX);

export interface AgencyHit {
  id: number;
  jurisdiction: string;
  name: string;
  localName: string | null;
  kind: string;
}

export interface LegalBasisHit {
  id: number;
  jurisdiction: string;
  instrument: string;
  article: string;
  part: string | null;
  title: string | null;
  category: string;
  status: string;
  /** `KZ Criminal Code art. 274(1)`. */
  label: string;
}
