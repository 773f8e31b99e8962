/**
 * Matches the catalogue entries a batch names (jurisdictions, platforms, agencies, legal bases)
 * and creates the missing ones, with one query per table per batch. New legal bases land as
 * `unreviewed`. Runs inside the batch's write transaction.
 */

import type { AgencyInput, LegalBasisCitation } from '../../../shared/interchange.ts';
import { jurisdictionName } from '../../../shared/jurisdictions.ts';
import type { Db } from '../../db/database.ts';
import { chunked } from '../../queries/chunks.ts';
import { agencyKey, citationKey, normaliseName } from './keys.ts';

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
  await ensureJurisdictions(trx, [...needs.jurisdictions]);
  return {
    platform: await ensurePlatforms(trx, [...needs.platforms]),
    agency: await ensureAgencies(trx, needs.agencies),
    legalBasis: await ensureLegalBases(trx, needs.citations),
  };
}

/** Adds jurisdiction rows (with their English names) that are not there yet. */
export async function ensureJurisdictions(trx: Db, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await trx
    .insertInto('jurisdictions')
    .values(codes.map((code) => ({ code, name: jurisdictionName(code) })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

async function ensurePlatforms(trx: Db, slugs: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunked(slugs, 500)) {
    const rows = await trx.selectFrom('platforms').select(['id', 'slug']).where('slug', 'in', part).execute();
    for (const row of rows) ids.set(row.slug, row.id);
  }
  const missing = slugs.filter((slug) => !ids.has(slug));
  if (missing.length > 0) {
    const rows = await trx
      .insertInto('platforms')
      .values(missing.map((slug) => ({ slug, name: slug })))
      .returning(['id', 'slug'])
      .execute();
    for (const row of rows) ids.set(row.slug, row.id);
  }
  return ids;
}

async function ensureAgencies(trx: Db, wanted: CatalogNeeds['agencies']): Promise<Map<string, number>> {
  const byKey = new Map<string, CatalogNeeds['agencies'][number]>();
  for (const entry of wanted) byKey.set(agencyKey(entry.jurisdiction, entry.agency.name), entry);
  const ids = new Map<string, number>();
  const nameKeys = [...new Set([...byKey.values()].map((e) => normaliseName(e.agency.name)))];
  for (const part of chunked(nameKeys, 500)) {
    const rows = await trx
      .selectFrom('agencies')
      .select(['id', 'jurisdiction', 'name_key'])
      .where('name_key', 'in', part)
      .execute();
    for (const row of rows) ids.set(`${row.jurisdiction}|${row.name_key}`, row.id);
  }
  const missing = [...byKey.entries()].filter(([key]) => !ids.has(key));
  for (const part of chunked(missing, 500)) {
    const rows = await trx
      .insertInto('agencies')
      .values(
        part.map(([, { jurisdiction, agency }]) => ({
          jurisdiction,
          name: agency.name,
          name_key: normaliseName(agency.name),
          local_name: agency.localName ?? null,
          kind: agency.kind,
        })),
      )
      .returning(['id', 'jurisdiction', 'name_key'])
      .execute();
    for (const row of rows) ids.set(`${row.jurisdiction}|${row.name_key}`, row.id);
  }
  return ids;
}

async function ensureLegalBases(trx: Db, citations: LegalBasisCitation[]): Promise<Map<string, number>> {
  const byKey = new Map<string, LegalBasisCitation>();
  for (const c of citations) if (!byKey.has(citationKey(c))) byKey.set(citationKey(c), c);
  const ids = new Map<string, number>();
  for (const part of chunked([...byKey.keys()], 500)) {
    const rows = await trx
      .selectFrom('legal_bases')
      .select(['id', 'citation_key'])
      .where('citation_key', 'in', part)
      .execute();
    for (const row of rows) ids.set(row.citation_key, row.id);
  }
  const missing = [...byKey.entries()].filter(([key]) => !ids.has(key));
  for (const part of chunked(missing, 500)) {
    const rows = await trx
      .insertInto('legal_bases')
      .values(
        part.map(([key, c]) => ({
          jurisdiction: c.jurisdiction,
          instrument: c.instrument,
          article: c.article,
          part: c.part ?? null,
          citation_key: key,
          title: c.title ?? null,
          category: c.category ?? 'unspecified',
          status: 'unreviewed',
        })),
      )
      .returning(['id', 'citation_key'])
      .execute();
    for (const row of rows) ids.set(row.citation_key, row.id);
  }
  return ids;
}
