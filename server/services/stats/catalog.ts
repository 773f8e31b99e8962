/**
 * catalog.*: what the dashboard's filters can name, each entry with its live request and item
 * counts (retracted requests excluded, like every figure). Largest first, then by name.
 */
import {
  type AgencyEntry,
  type CatalogEventsInput,
  type CatalogLegalBasesInput,
  type CatalogScopeInput,
  type Counts,
  citationLabel,
  type EventEntry,
  type JurisdictionEntry,
  type LegalBasisEntry,
  type PlatformEntry,
  type SourceEntry,
} from '../../../shared/catalog.ts';
import type { Filters } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { findAgencies } from '../../queries/catalog/agencies.ts';
import { findEvents } from '../../queries/catalog/events.ts';
import { findJurisdictions } from '../../queries/catalog/jurisdictions.ts';
import { findLegalBases } from '../../queries/catalog/legal-bases.ts';
import { findPlatforms } from '../../queries/catalog/platforms.ts';
import { findSources } from '../../queries/sources.ts';
import {
  type CountColumn,
  countByLegalBasis as countByLegalBasisNow,
  countBy as countByNow,
} from '../../queries/stats/catalog.ts';
import { cached } from './cache.ts';

// The counts scan the aggregates: kept until the data changes.
const countBy = (db: Db, column: CountColumn, filters: Filters = {}) =>
  cached(db, `catalog:${column}:${JSON.stringify(filters)}`, () => countByNow(db, column, filters));
const countByLegalBasis = (db: Db) => cached(db, 'catalog:legal_basis', () => countByLegalBasisNow(db));

const NONE: Counts = { requests: 0, items: 0 };

const largestFirst =
  <T extends Counts>(name: (entry: T) => string) =>
  (a: T, b: T) =>
    b.items - a.items || b.requests - a.requests || name(a).localeCompare(name(b));

export async function listJurisdictions(db: Db): Promise<JurisdictionEntry[]> {
  const [rows, counts] = await Promise.all([findJurisdictions(db), countBy(db, 'jurisdiction')]);
  return rows.map((r) => ({ ...r, ...(counts.get(r.code) ?? NONE) })).sort(largestFirst((e) => e.code));
}

export async function listAgencies(db: Db, scope: CatalogScopeInput): Promise<AgencyEntry[]> {
  const [rows, counts] = await Promise.all([
    findAgencies(db, scope.jurisdictions),
    countBy(db, 'agency_id', { jurisdictions: scope.jurisdictions }),
  ]);
  return rows
    .map(({ local_name, ...r }) => ({ ...r, localName: local_name, ...(counts.get(String(r.id)) ?? NONE) }))
    .sort(largestFirst((e) => e.name));
}

export async function listPlatforms(db: Db): Promise<PlatformEntry[]> {
  const [rows, counts] = await Promise.all([findPlatforms(db), countBy(db, 'platform_id')]);
  return rows.map(({ id, ...r }) => ({ ...r, ...(counts.get(String(id)) ?? NONE) })).sort(largestFirst((e) => e.slug));
}

export async function listLegalBases(db: Db, input: CatalogLegalBasesInput): Promise<LegalBasisEntry[]> {
  const [rows, counts] = await Promise.all([findLegalBases(db, input), countByLegalBasis(db)]);
  return rows
    .map((r) => ({ ...r, label: citationLabel(r), ...(counts.get(r.id) ?? NONE) }))
    .sort(largestFirst((e) => e.label));
}

export async function listSources(db: Db): Promise<SourceEntry[]> {
  const [rows, counts] = await Promise.all([findSources(db), countBy(db, 'source_id')]);
  return rows
    .map(({ id, name, kind, url, license, notes }) => ({
      name,
      kind,
      url,
      license,
      notes,
      ...(counts.get(String(id)) ?? NONE),
    }))
    .sort(largestFirst((e) => e.name));
}

/** Timeline annotations in date order; they carry no counts (they are not records). */
export function listEvents(db: Db, input: CatalogEventsInput): Promise<EventEntry[]> {
  return findEvents(db, input);
}
