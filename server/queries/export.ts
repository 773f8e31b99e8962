/** Reads requests for export as interchange records (wire names, nulls omitted), a page at a time. */
import type { Db } from '../db/database.ts';
import type { LegalBasis } from '../db/schema.ts';
import { findAgenciesByIds } from './catalog/agencies.ts';
import { findLegalBasesByIds } from './catalog/legal-bases.ts';
import { findPlatformSlugs } from './catalog/platforms.ts';
import { appealToWire } from './mappers/appeal.ts';
import { itemToWire } from './mappers/item.ts';
import type { Projection, RecordView } from './mappers/projection.ts';
import { requestToWire } from './mappers/request.ts';
import { findRequestGraphsByIds, type StoredItem } from './request-graph.ts';
import { findSourceNames } from './sources.ts';

export interface ExportFilters {
  source?: string;
  from?: string;
  to?: string;
  jurisdiction?: string;
  platform?: string;
  includeRetracted?: boolean;
}

type Wire = Record<string, unknown>;

/** Drops null and undefined fields so absent stays absent. */
function compact(record: object): Wire {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}

/** A page of records after `afterId`, each projected as `projection` says for its source and agency. */
export async function findExportPage(
  db: Db,
  filters: ExportFilters,
  afterId: number,
  limit: number,
  projection: Projection,
) {
  let query = db
    .selectFrom('requests')
    .innerJoin('sources', 'sources.id', 'requests.source_id')
    .innerJoin('platforms', 'platforms.id', 'requests.platform_id')
    .select('requests.id')
    .where('requests.id', '>', afterId);
  if (filters.source) query = query.where('sources.name', '=', filters.source);
  if (filters.from) query = query.where('requests.submitted_at', '>=', filters.from);
  if (filters.to) query = query.where('requests.submitted_at', '<', nextDay(filters.to));
  if (filters.jurisdiction) query = query.where('requests.jurisdiction', '=', filters.jurisdiction);
  if (filters.platform) query = query.where('platforms.slug', '=', filters.platform);
  if (!filters.includeRetracted) query = query.where('requests.retracted_at', 'is', null);
  const ids = (await query.orderBy('requests.id').limit(limit).execute()).map((r) => r.id);
  if (ids.length === 0) return [];

  const graphs = await findRequestGraphsByIds(db, ids);
  const sources = await findSourceNames(db);
  const platforms = await findPlatformSlugs(db);
  const agencies = await findAgenciesByIds(db, [...new Set(graphs.map((g) => g.agency_id))]);
  const bases = await findLegalBasesByIds(db, [...new Set(graphs.flatMap((g) => g.legalBasisIds))]);

  return graphs.map((g) => {
    const agency = agencies.get(g.agency_id);
    const view = projection({ sourceId: g.source_id, agencyId: g.agency_id });
    const request = requestToWire(
      g,
      {
        source: sources.get(g.source_id),
        agency: compact({ name: agency?.name, localName: agency?.local_name, kind: agency?.kind }),
        platform: platforms.get(g.platform_id),
        legalBases: g.legalBasisIds.map((id) => basisRecord(bases.get(id))),
      },
      view,
    );
    return { id: g.id, record: compact({ ...request, items: g.items.map((item) => itemRecord(item, view)) }) };
  });
}

function basisRecord(b: LegalBasis | undefined): Wire {
  return compact({
    jurisdiction: b?.jurisdiction,
    instrument: b?.instrument,
    article: b?.article,
    part: b?.part,
    title: b?.title,
    category: b?.category,
  });
}

function itemRecord(item: StoredItem, view: RecordView): Wire {
  return compact({
    ...itemToWire(item, view),
    appeals: item.appeals.map((a) => compact(appealToWire(a, view))),
  });
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}
