/** Writes of published statistics: files, their rows and measures, and the marking of replaced rows. */

import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { dialectOf, type Row } from '../../db/dialect/index.ts';
import type { PublishedFilesTable, PublishedStatsTable } from '../../db/schema.ts';
import { everyColumn } from '../columns.ts';
import { findSourceByName, insertSource } from '../sources.ts';

export async function findPublishedFileBySha(db: Db, sha256: string) {
  return db.selectFrom('published_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** The publisher's catalogue row, created with its source (kind transparency_report) on first import. */
export async function ensurePublisher(db: Db, slug: string, name: string, now: string): Promise<number> {
  const existing = await db.selectFrom('publishers').select('source_id').where('slug', '=', slug).executeTakeFirst();
  if (existing) return existing.source_id;
  const sourceName = `published-${slug}`;
  const source =
    (await findSourceByName(db, sourceName)) ??
    (await insertSource(db, {
      name: sourceName,
      kind: 'transparency_report',
      url: null,
      license: null,
      notes: `${name}'s own transparency report figures, as published (aggregates, not item-level records).`,
      created_at: now,
    }));
  await db.insertInto('publishers').values({ slug, name, source_id: source.id }).execute();
  return source.id;
}

export async function insertPublishedFile(db: Db, file: Insertable<PublishedFilesTable>): Promise<number> {
  const row = await db.insertInto('published_files').values(file).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Current (not replaced) rows of a publisher's series for the given periods, with their measures. */
export async function findCurrentStats(
  db: Db,
  publisher: string,
  format: string,
  periods: { platform: string; periodStart: string; periodEnd: string }[],
) {
  if (periods.length === 0) return [];
  return db
    .selectFrom('published_stats')
    .innerJoin('published_files', 'published_files.id', 'published_stats.file_id')
    .select([
      'published_stats.id',
      'published_stats.stat_key',
      'published_stats.requests',
      'published_stats.items',
      'published_files.file_name',
    ])
    .where('published_stats.publisher', '=', publisher)
    .where('published_stats.format', '=', format)
    .where('published_stats.superseded_by', 'is', null)
    .where((eb) =>
      eb.or(
        periods.map((p) =>
          eb.and([
            eb('published_stats.platform', '=', p.platform),
            eb('published_stats.period_start', '=', p.periodStart),
            eb('published_stats.period_end', '=', p.periodEnd),
          ]),
        ),
      ),
    )
    .execute();
}

export async function findMeasuresOf(db: Db, statIds: number[]) {
  const out: { stat_id: number; measure: string; value: number | null; unit: string }[] = [];
  for (let i = 0; i < statIds.length; i += 500) {
    const part = statIds.slice(i, i + 500);
    out.push(...(await db.selectFrom('published_measures').selectAll().where('stat_id', 'in', part).execute()));
  }
  return out;
}

export async function markSuperseded(db: Db, statIds: number[], byFileId: number): Promise<void> {
  for (let i = 0; i < statIds.length; i += 500) {
    await db
      .updateTable('published_stats')
      .set({ superseded_by: byFileId })
      .where('id', 'in', statIds.slice(i, i + 500))
      .execute();
  }
}

export interface NewStat {
  stat: Selectable<Omit<PublishedStatsTable, 'id'>>;
  measures: { measure: string; value: number | null; unit: string }[];
}

/** Every column of a new row, in insert order (the bulk path inserts only the columns it is given). */
const STAT_COLUMNS = everyColumn<NewStat['stat']>({
  file_id: true,
  line: true,
  publisher: true,
  format: true,
  role: true,
  stat_key: true,
  platform: true,
  service: true,
  jurisdiction: true,
  jurisdiction_label: true,
  period_start: true,
  period_end: true,
  requester_kind: true,
  requester_label: true,
  reason: true,
  reason_label: true,
  reason_code: true,
  reason_level: true,
  product: true,
  section: true,
  indicator: true,
  requests: true,
  items: true,
  superseded_by: true,
});
const MEASURE_COLUMNS = ['stat_id', 'measure', 'value', 'unit'] as const;

/**
 * Inserts the rows, then their measures, through the dialect's bulk path (as the ingest's rows):
 * a query built and prepared per batch of a few hundred rows was most of a published import.
 */
export async function insertStats(db: Db, stats: NewStat[]): Promise<void> {
  if (stats.length === 0) return;
  const dialect = dialectOf(db);
  const ids = await dialect.insertReturningIds(
    db,
    'published_stats',
    STAT_COLUMNS,
    stats.map(({ stat }) => STAT_COLUMNS.map((c) => stat[c])),
  );
  const measures = stats.flatMap(({ measures }, i) =>
    measures.map((m) => [ids[i] as number, m.measure, m.value, m.unit] satisfies Row),
  );
  if (measures.length > 0) await dialect.insertRows(db, 'published_measures', MEASURE_COLUMNS, measures);
}
