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
  const [rows, counts] = await Promise.all([
    db.selectFrom('jurisdictions').select(['code', 'name']).execute(),
    countBy(db, 'jurisdiction'),
  ]);
  return rows.map((r) => ({ ...r, ...(counts.get(r.code) ?? NONE) })).sort(largestFirst((e) => e.code));
}

export async function listAgencies(db: Db, scope: CatalogScopeInput): Promise<AgencyEntry[]> {
  let query = db.selectFrom('agencies').select(['id', 'jurisdiction', 'name', 'local_name', 'kind']);
  if (scope.jurisdictions?.length) query = query.where('jurisdiction', 'in', scope.jurisdictions);
  const [rows, counts] = await Promise.all([
    query.execute(),
    countBy(db, 'agency_id', { jurisdictions: scope.jurisdictions }),
  ]);
  return rows
    .map(({ local_name, ...r }) => ({ ...r, localName: local_name, ...(counts.get(String(r.id)) ?? NONE) }))
    .sort(largestFirst((e) => e.name));
}

export async function listPlatforms(db: Db): Promise<PlatformEntry[]> {
  const [rows, counts] = await Promise.all([
    db.selectFrom('platforms').select(['id', 'slug', 'name']).execute(),
    countBy(db, 'platform_id'),
  ]);
  return rows.map(({ id, ...r }) => ({ ...r, ...(counts.get(String(id)) ?? NONE) })).sort(largestFirst((e) => e.slug));
}

export async function listLegalBases(db: Db, input: CatalogLegalBasesInput): Promise<LegalBasisEntry[]> {
  let query = db
    .selectFrom('legal_bases')
    .select(['id', 'jurisdiction', 'instrument', 'article', 'part', 'title', 'category', 'status']);
  if (input.jurisdictions?.length) query = query.where('jurisdiction', 'in', input.jurisdictions);
  if (input.categories?.length) query = query.where('category', 'in', input.categories);
  const [rows, counts] = await Promise.all([query.execute(), countByLegalBasis(db)]);
  return rows
    .map((r) => ({ ...r, label: citationLabel(r), ...(counts.get(r.id) ?? NONE) }))
    .sort(largestFirst((e) => e.label));
}

export async function listSources(db: Db): Promise<SourceEntry[]> {
  const [rows, counts] = await Promise.all([
    db.selectFrom('sources').select(['id', 'name', 'kind', 'url', 'license', 'notes']).execute(),
    countBy(db, 'source_id'),
  ]);
  return rows.map(({ id, ...r }) => ({ ...r, ...(counts.get(String(id)) ?? NONE) })).sort(largestFirst((e) => e.name));
}

/** Timeline annotations in date order; they carry no counts (they are not records). */
export async function listEvents(db: Db, input: CatalogEventsInput): Promise<EventEntry[]> {
  let query = db
    .selectFrom('events')
    .leftJoin('sources', 'sources.id', 'events.source_id')
    .select(['events.id', 'events.date', 'events.jurisdiction', 'events.title', 'events.url', 'sources.name as source'])
    .orderBy('events.date')
    .orderBy('events.id');
  const scope = input.jurisdictions;
  if (scope?.length) {
    // Events without a jurisdiction (a platform's global policy change) belong on every timeline.
    query = query.where((eb) => eb.or([eb('events.jurisdiction', 'in', scope), eb('events.jurisdiction', 'is', null)]));
  }
  if (input.from) query = query.where('events.date', '>=', input.from);
  if (input.to) query = query.where('events.date', '<=', input.to);
  return query.execute();
}
