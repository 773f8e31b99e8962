/**
 * Matches the catalogue entries a batch names (jurisdictions, platforms, agencies, legal bases)
 * and creates the missing ones, with one query per table per batch for the entries the write
 * transaction has not resolved yet (known.ts). New legal bases land as `unreviewed`. Runs inside
 * the batch's write transaction.
 */
import type { AgencyInput, LegalBasisCitation } from '../../../shared/interchange.ts';
import { jurisdictionName } from '../../../shared/jurisdictions.ts';
import type { Db } from '../../db/database.ts';
import { findAgenciesByNameKey, insertAgencies } from '../../queries/catalog/agencies.ts';
import { insertMissingJurisdictions } from '../../queries/catalog/jurisdictions.ts';
import { findLegalBasisIdsByKey, insertLegalBases } from '../../queries/catalog/legal-bases.ts';
import { findPlatformIdsBySlug, insertPlatforms } from '../../queries/catalog/platforms.ts';
import { agencyKey, citationKey, normaliseName } from './keys.ts';
import { knownCatalog, resolveThrough } from './known.ts';

export interface CatalogNeeds {
  jurisdictions: Set<string>;
  platforms: Set<string>;
  agencies: { jurisdiction: string; agency: AgencyInput }[];
  citations: LegalBasisCitation[];
}

export interface CatalogIds {
  platform: Map<string, number>;
  /** By agencyKey(jurisdiction, name). */
  agency: Map<string, number>;
  /** By citationKey(citation). */
  legalBasis: Map<string, number>;
}

export function emptyNeeds(): CatalogNeeds {
  return { jurisdictions: new Set(), platforms: new Set(), agencies: [], citations: [] };
}

export async function resolveCatalog(trx: Db, needs: CatalogNeeds): Promise<CatalogIds> {
  for (const citation of needs.citations) needs.jurisdictions.add(citation.jurisdiction);
  for (const { jurisdiction } of needs.agencies) needs.jurisdictions.add(jurisdiction);
  // Within one write transaction, what an earlier batch resolved is not asked again (known.ts).
  const known = knownCatalog(trx);
  const newCodes = [...needs.jurisdictions].filter((code) => !known.jurisdictions.has(code));
  await ensureJurisdictions(trx, newCodes);
  for (const code of newCodes) known.jurisdictions.add(code);
  // The last entry of an agency key and the first citation of a provision say how to create it.
  const agencies = new Map(needs.agencies.map((entry) => [agencyKey(entry.jurisdiction, entry.agency.name), entry]));
  const citations = new Map<string, LegalBasisCitation>();
  for (const c of needs.citations) {
    const key = citationKey(c);
    if (!citations.has(key)) citations.set(key, c);
  }
  return {
    platform: await resolveThrough(known.platform, needs.platforms, (slugs) => ensurePlatforms(trx, slugs)),
    agency: await resolveThrough(known.agency, agencies.keys(), (keys) =>
      ensureAgencies(
        trx,
        keys.map((key) => [key, agencies.get(key) as AgencyNeed]),
      ),
    ),
    legalBasis: await resolveThrough(known.legalBasis, citations.keys(), (keys) =>
      ensureLegalBases(
        trx,
        keys.map((key) => [key, citations.get(key) as LegalBasisCitation]),
      ),
    ),
  };
}

/** Adds jurisdiction rows (with their English names) that are not there yet. */
export function ensureJurisdictions(trx: Db, codes: readonly string[]): Promise<void> {
  return insertMissingJurisdictions(
    trx,
    codes.map((code) => ({ code, name: jurisdictionName(code) })),
  );
}

async function ensurePlatforms(trx: Db, slugs: string[]): Promise<Map<string, number>> {
  const ids = await findPlatformIdsBySlug(trx, slugs);
  const missing = slugs.filter((slug) => !ids.has(slug));
  if (missing.length > 0) for (const [slug, id] of await insertPlatforms(trx, missing)) ids.set(slug, id);
  return ids;
}

type AgencyNeed = CatalogNeeds['agencies'][number];

/** `wanted`: each agency once, by its agencyKey. */
async function ensureAgencies(trx: Db, wanted: [string, AgencyNeed][]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const nameKeys = [...new Set(wanted.map(([, e]) => normaliseName(e.agency.name)))];
  // A merged agency's name lands on the one it was merged into (merges re-point, so one step).
  for (const row of await findAgenciesByNameKey(trx, nameKeys)) {
    ids.set(`${row.jurisdiction}|${row.name_key}`, row.merged_into_id ?? row.id);
  }
  const missing = wanted.filter(([key]) => !ids.has(key));
  const created = await insertAgencies(
    trx,
    missing.map(([, { jurisdiction, agency }]) => ({
      jurisdiction,
      name: agency.name,
      name_key: normaliseName(agency.name),
      local_name: agency.localName ?? null,
      kind: agency.kind,
    })),
  );
  for (const row of created) ids.set(`${row.jurisdiction}|${row.name_key}`, row.id);
  return ids;
}

/** `wanted`: each provision once, by its citationKey. */
async function ensureLegalBases(trx: Db, wanted: [string, LegalBasisCitation][]): Promise<Map<string, number>> {
  const ids = await findLegalBasisIdsByKey(
    trx,
    wanted.map(([key]) => key),
  );
  const missing = wanted.filter(([key]) => !ids.has(key));
  const created = await insertLegalBases(
    trx,
    missing.map(([key, c]) => ({
      jurisdiction: c.jurisdiction,
      instrument: c.instrument,
      article: c.article,
      part: c.part ?? null,
      citation_key: key,
      title: c.title ?? null,
      // Submitters need not categorise a provision; review does.
      category: c.category ?? 'unspecified',
      status: 'unreviewed' as const,
    })),
  );
  for (const [key, id] of created) ids.set(key, id);
  return ids;
}
