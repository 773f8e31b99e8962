/**
 * items.list reads the item tables (the one read that must), in two indexed steps: the page's
 * requests in (submitted_at, id) order along the `requests_submitted_at` index (keyset, so a page
 * costs about `limit` index entries whatever its depth, and at most SCAN_WINDOW when few match),
 * then those requests' items by `items(request_id, …)`. Small lookups add names, legal bases and
 * appeals.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { ItemCursor, ItemSort } from '../../../shared/item-list.ts';
import { shiftDay } from '../../../shared/periods.ts';
import type { Filters } from '../../../shared/stats.ts';
import type { Db } from '../../db/database.ts';
import { containsText } from '../../db/dialect/index.ts';
import type { AppealRow, Database } from '../../db/schema.ts';
import { requestRowWhere } from './filters.ts';

export interface ItemPageQuery {
  filters: Filters;
  search?: string;
  cursor?: ItemCursor;
  /** Requests to read: each has at least one matching item. */
  requests: number;
  sort: ItemSort;
}

function searchCondition(db: Db, eb: ExpressionBuilder<Database, 'requests'>, text: string): Expression<SqlBool> {
  const like = (column: string) => containsText(db, column, text);
  const agencies = eb
    .selectFrom('agencies')
    .select('agencies.id')
    .where((a) => a.or([like('agencies.name'), like('agencies.local_name')]));
  const basisSets = eb
    .selectFrom('basis_set_members')
    .innerJoin('legal_bases', 'legal_bases.id', 'basis_set_members.legal_basis_id')
    .select('basis_set_members.set_id')
    .where(like('legal_bases.title'));
  return eb.or([
    like('requests.stated_reason'),
    eb('requests.agency_id', 'in', agencies),
    eb('requests.basis_set_id', 'in', basisSets),
  ]);
}

/** Requests examined per page at most: bounds a page's cost when few requests match (a rare search term). */
export const SCAN_WINDOW = 50_000;

/** Keyset position of a request in the sort order. */
export interface RequestPosition {
  submitted_at: string;
  id: number;
}

/**
 * The window of requests a page may examine: the date range, past the cursor, in sort order,
 * along an index (`requests_agency_submitted_at` for one agency, else `requests_submitted_at`).
 */
function scanWindow(db: Db, q: ItemPageQuery) {
  const desc = q.sort === 'newest';
  let query = db
    .selectFrom('requests')
    .select(['requests.id', 'requests.submitted_at'])
    .orderBy('requests.submitted_at', desc ? 'desc' : 'asc')
    .orderBy('requests.id', desc ? 'desc' : 'asc');
  const { from, to, agencies } = q.filters;
  if (from) query = query.where('requests.submitted_at', '>=', from);
  if (to) query = query.where('requests.submitted_at', '<', shiftDay(to, 1));
  if (agencies?.length === 1) query = query.where('requests.agency_id', '=', agencies[0] as number);
  const cursor = q.cursor;
  if (cursor) {
    // The cursor's own request is examined again: it may have items after the cursor's item.
    const [past, upTo] = desc ? (['<', '<='] as const) : (['>', '>='] as const);
    query = query
      .where('requests.submitted_at', upTo, cursor.submittedAt)
      .where((eb) =>
        eb.or([eb('requests.submitted_at', past, cursor.submittedAt), eb('requests.id', upTo, cursor.requestId)]),
      );
  }
  return query;
}

/**
 * The next requests with at least one matching item, in sort order, from the cursor's request on,
 * among the next `window` requests of the date range. `windowEnd` is the last request examined
 * when the window was used up before `q.requests` matched (the next page continues after it).
 */
export async function findPageRequests(
  db: Db,
  q: ItemPageQuery,
  window = SCAN_WINDOW,
): Promise<{ rows: PageRequest[]; windowEnd: RequestPosition | null }> {
  const desc = q.sort === 'newest';
  let query = db
    .selectFrom(scanWindow(db, q).limit(window).as('w'))
    .innerJoin('requests', 'requests.id', 'w.id')
    .where((eb) => requestRowWhere(db, eb as never, q.filters))
    .select([
      'requests.id',
      'requests.external_id',
      'requests.source_id',
      'requests.jurisdiction',
      'requests.agency_id',
      'requests.platform_id',
      'requests.channel',
      'requests.submitted_at',
      'requests.stated_reason',
    ])
    // The window's own order: SQLite then streams it (co-routine) without sorting.
    .orderBy('w.submitted_at', desc ? 'desc' : 'asc')
    .orderBy('w.id', desc ? 'desc' : 'asc')
    .limit(q.requests);
  const search = q.search;
  if (search) query = query.where((eb) => searchCondition(db, eb as never, search));
  const rows = await query.execute();
  if (rows.length >= q.requests) return { rows, windowEnd: null };
  const end = await scanWindow(db, q)
    .offset(window - 1)
    .limit(1)
    .executeTakeFirst();
  return { rows, windowEnd: end ?? null };
}

export interface PageRequest {
  id: number;
  external_id: string;
  source_id: number;
  jurisdiction: string;
  agency_id: number;
  platform_id: number;
  channel: string;
  submitted_at: string;
  stated_reason: string | null;
}

/** Items of some requests matching the item-level filters, by request then id. */
export async function findRequestItems(db: Db, requestIds: readonly number[], filters: Filters) {
  if (requestIds.length === 0) return [];
  let query = db
    .selectFrom('items')
    .select([
      'items.id',
      'items.request_id',
      'items.external_id',
      'items.content_type',
      'items.content_url',
      'items.author_kind',
      'items.outcome',
      'items.outcome_basis',
      'items.decided_at',
      'items.automated',
      'items.user_notified',
    ])
    .where('items.request_id', 'in', requestIds)
    .orderBy('items.request_id')
    .orderBy('items.id');
  if (filters.contentTypes?.length) query = query.where('items.content_type', 'in', filters.contentTypes);
  if (filters.authorKinds?.length) query = query.where('items.author_kind', 'in', filters.authorKinds);
  return query.execute();
}

/** Cited legal bases of some requests, in citation order. */
export async function findRequestLegalBases(db: Db, requestIds: readonly number[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('request_legal_bases')
    .innerJoin('legal_bases', 'legal_bases.id', 'request_legal_bases.legal_basis_id')
    .select([
      'request_legal_bases.request_id',
      'legal_bases.id',
      'legal_bases.jurisdiction',
      'legal_bases.instrument',
      'legal_bases.article',
      'legal_bases.part',
      'legal_bases.title',
      'legal_bases.category',
    ])
    .where('request_legal_bases.request_id', 'in', requestIds)
    .orderBy('request_legal_bases.request_id')
    .orderBy('request_legal_bases.position')
    .execute();
}

export async function findItemAppeals(db: Db, itemIds: readonly number[]): Promise<AppealRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('appeals')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('id')
    .execute();
}

/** Names of the agencies, platforms and sources a page refers to. */
export async function findPageNames(
  db: Db,
  ids: { agencies: readonly number[]; platforms: readonly number[]; sources: readonly number[] },
) {
  const [agencies, platforms, sources] = await Promise.all([
    db.selectFrom('agencies').select(['id', 'name', 'local_name', 'kind']).where('id', 'in', ids.agencies).execute(),
    db.selectFrom('platforms').select(['id', 'slug']).where('id', 'in', ids.platforms).execute(),
    db.selectFrom('sources').select(['id', 'name']).where('id', 'in', ids.sources).execute(),
  ]);
  return {
    agencies: new Map(agencies.map((a) => [a.id, a])),
    platforms: new Map(platforms.map((p) => [p.id, p.slug])),
    sources: new Map(sources.map((s) => [s.id, s.name])),
  };
}
