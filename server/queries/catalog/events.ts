/** Timeline events (annotations, not records). */
import type { Db } from '../../db/database.ts';

export interface NewEvent {
  date: string;
  jurisdiction: string | null;
  title: string;
  url: string | null;
  source_id: number | null;
}

/** Inserts events; one with the same date and title as a stored one is skipped. */
export async function insertEvents(db: Db, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('events')
    .values([...events])
    .onConflict((oc) => oc.columns(['date', 'title']).doNothing())
    .execute();
}

/** Events in date order; with jurisdictions, those of the jurisdictions and those of none (global ones). */
export function findEvents(db: Db, scope: { jurisdictions?: readonly string[]; from?: string; to?: string }) {
  let query = db
    .selectFrom('events')
    .leftJoin('sources', 'sources.id', 'events.source_id')
    .select(['events.id', 'events.date', 'events.jurisdiction', 'events.title', 'events.url', 'sources.name as source'])
    .orderBy('events.date')
    .orderBy('events.id');
  const jurisdictions = scope.jurisdictions;
  if (jurisdictions?.length) {
    // Events without a jurisdiction (a platform's global policy change) belong on every timeline.
    query = query.where((eb) =>
      eb.or([eb('events.jurisdiction', 'in', jurisdictions), eb('events.jurisdiction', 'is', null)]),
    );
  }
  if (scope.from) query = query.where('events.date', '>=', scope.from);
  if (scope.to) query = query.where('events.date', '<=', scope.to);
  return query.execute();
}

export function findEventById(db: Db, id: number) {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An event with the same date and title, other than `exceptId` (the pair is unique). */
export function findEventByDateTitle(db: Db, date: string, title: string, exceptId: number | null) {
  let query = db.selectFrom('events').select('id').where('date', '=', date).where('title', '=', title);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertEvent(db: Db, event: NewEvent): Promise<number> {
  const row = await db.insertInto('events').values(event).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEvent(db: Db, id: number, event: NewEvent): Promise<void> {
  await db.updateTable('events').set(event).where('id', '=', id).execute();
}

export async function deleteEvent(db: Db, id: number): Promise<void> {
  await db.deleteFrom('events').where('id', '=', id).execute();
}
