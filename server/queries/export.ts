/** Reads requests for export as interchange records (wire names, nulls omitted), a page at a time. */
import type { Db } from '../db/database.ts';
import type { AppealRow } from '../db/schema.ts';
import { findRequestGraphsByIds, type StoredItem } from './request-graph.ts';

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
function compact(record: Wire): Wire {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}

const bool = (v: number | null) => (v === null ? null : v === 1);

export async function findExportPage(db: Db, filters: ExportFilters, afterId: number, limit: number) {
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
  const sources = new Map((await db.selectFrom('sources').select(['id', 'name']).execute()).map((s) => [s.id, s.name]));
  const platforms = new Map(
    (await db.selectFrom('platforms').select(['id', 'slug']).execute()).map((p) => [p.id, p.slug]),
  );
  const agencyIds = [...new Set(graphs.map((g) => g.agency_id))];
  const agencies = new Map(
    (await db.selectFrom('agencies').selectAll().where('id', 'in', agencyIds).execute()).map((a) => [a.id, a]),
  );
  const basisIds = [...new Set(graphs.flatMap((g) => g.legalBasisIds))];
  const bases = new Map(
    basisIds.length
      ? (await db.selectFrom('legal_bases').selectAll().where('id', 'in', basisIds).execute()).map((b) => [b.id, b])
      : [],
  );

  return graphs.map((g) => {
    const agency = agencies.get(g.agency_id);
    const record = compact({
      externalId: g.external_id,
      source: sources.get(g.source_id),
      jurisdiction: g.jurisdiction,
      agency: compact({ name: agency?.name, localName: agency?.local_name, kind: agency?.kind }),
      platform: platforms.get(g.platform_id),
      channel: g.channel,
      submittedAt: g.submitted_at,
      legalBases: g.legalBasisIds.map((id) => {
        const b = bases.get(id);
        return compact({
          jurisdiction: b?.jurisdiction,
          instrument: b?.instrument,
          article: b?.article,
          part: b?.part,
          title: b?.title,
          category: b?.category,
        });
      }),
      statedReason: g.stated_reason,
      items: g.items.map(itemRecord),
    });
    return { id: g.id, record };
  });
}

function itemRecord(item: StoredItem): Wire {
  return compact({
    externalId: item.external_id,
    contentType: item.content_type,
    contentUrl: item.content_url,
    authorKind: item.author_kind,
    outcome: item.outcome,
    outcomeBasis: item.outcome_basis,
    decidedAt: item.decided_at,
    automated: bool(item.automated),
    userNotified: bool(item.user_notified),
    appeals: item.appeals.map(appealRecord),
  });
}

function appealRecord(a: AppealRow): Wire {
  return compact({
    externalId: a.external_id,
    appellant: a.appellant,
    venue: a.venue,
    filedAt: a.filed_at,
    outcome: a.outcome,
    decidedAt: a.decided_at,
  });
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}
