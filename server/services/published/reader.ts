/**
 * Where the published.* reads get their rows and sums: the in-memory snapshot (snapshot.ts) by
 * default, SQL with `via: 'sql'` (the reference the snapshot is tested against). Both answer
 * exactly alike, so the services above them hold one set of rules.
 */
import type { PublishedFilters, PublishedRowOut } from '../../../shared/published.ts';
import type { Db } from '../../db/database.ts';
import {
  countPublishedRows,
  findMeasuresOfRows,
  findPublishedRows,
  findPublishersAndPeriods,
  type GroupColumn,
  type RowSelection,
  type RowsPage,
  type SummedRow,
  sumPublished,
} from '../../queries/published/read.ts';
import { toRowOut } from './row-out.ts';
import { snapshotReader } from './snapshot.ts';

export type Via = 'auto' | 'sql';

export interface PublishedReader {
  /**
   * Current rows of one format matching the filters, by period end, jurisdiction, file line and id:
   * one page of them when `page` is given, and how many match in all.
   */
  rows(
    filters: PublishedFilters,
    format: string,
    role: string | undefined,
    page?: RowsPage,
  ): Promise<{ total: number; rows: PublishedRowOut[] }>;
  /** As SQL `sum` over the selected rows: null when no row gives the measure; groups in no set order. */
  sum(
    filters: PublishedFilters,
    selection: RowSelection,
    groupBy?: GroupColumn[],
    byPeriod?: boolean,
  ): Promise<SummedRow[]>;
  /** Distinct publisher × period end of the selected rows. */
  publishersAndPeriods(
    filters: PublishedFilters,
    roles: string[],
  ): Promise<{ publisher: string; period_end: string }[]>;
}

function sqlReader(db: Db): PublishedReader {
  return {
    async rows(filters, format, role, page) {
      const total = await countPublishedRows(db, filters, format, role);
      const rows = await findPublishedRows(db, filters, format, role, page);
      const measures = await findMeasuresOfRows(
        db,
        rows.map((r) => r.id),
      );
      return { total, rows: toRowOut(rows, measures) };
    },
    sum: (filters, selection, groupBy, byPeriod) => sumPublished(db, filters, selection, groupBy, byPeriod),
    publishersAndPeriods: (filters, roles) => findPublishersAndPeriods(db, filters, roles),
  };
}

export function publishedReader(db: Db, via: Via = 'auto'): PublishedReader {
  return via === 'sql' ? sqlReader(db) : snapshotReader(db);
}
