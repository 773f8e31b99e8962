/** Writes of published statistics: files, their rows and measures, and the marking of replaced rows. */

import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PublishedFilesTable, PublishedStatsTable } from '../../db/schema.ts';
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
  stat: Insertable<PublishedStatsTable>;
  measures: { measure: string; value: number | null; unit: string }[];
}

/** Inserts rows in batches (bounded by SQL parameter limits), then their measures. */
export async function insertStats(db: Db, stats: NewStat[]): Promise<void> {
  const BATCH = 400;
  for (let i = 0; i < stats.length; i += BATCH) {
    const part = stats.slice(i, i + BATCH);
    const ids = await db
      .insertInto('published_stats')
      .values(part.map((s) => s.stat))
      .returning(['id', 'stat_key'])
      .execute();
    const idByKey = new Map(ids.map((r) => [r.stat_key, r.id]));
    const measures = part.flatMap((s) =>
      s.measures.map((m) => ({ stat_id: idByKey.get(s.stat.stat_key) as number, ...m })),
    );
    for (let j = 0; j < measures.length; j += 1000) {
      await db
        .insertInto('published_measures')
        .values(measures.slice(j, j + 1000))
        .execute();
    }
  }
}
