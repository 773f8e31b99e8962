/** Timeline events (annotations, not records): created, corrected or deleted, each audited. */
import type { EventCreateInput, EventUpdateInput } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import {
  deleteEvent,
  findEventByDateTitle,
  findEventById,
  insertEvent,
  type NewEvent,
  updateEvent,
} from '../../queries/catalog/events.ts';
import { findSourceByName } from '../../queries/sources.ts';
import type { UserActor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { ensureJurisdictions } from '../catalog/resolve.ts';
import { NotFound, ValidationFailed } from '../errors.ts';

async function eventRow(trx: Db, input: EventCreateInput, exceptId: number | null): Promise<NewEvent> {
  const problems = [];
  const source = input.source === null ? null : await findSourceByName(trx, input.source);
  if (source === undefined) problems.push({ path: 'source', message: `no source "${input.source}"` });
  if (await findEventByDateTitle(trx, input.date, input.title, exceptId)) {
    problems.push({ path: 'title', message: `an event "${input.title}" on ${input.date} exists already` });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  if (input.jurisdiction) await ensureJurisdictions(trx, [input.jurisdiction]);
  return {
    date: input.date,
    jurisdiction: input.jurisdiction,
    title: input.title,
    url: input.url,
    source_id: source?.id ?? null,
  };
}

const audit = (
  trx: Db,
  actor: UserActor,
  action: 'create' | 'update' | 'delete',
  id: number,
  changes: object,
  at: string,
) =>
  writeAudit(trx, { actor, sourceId: null, action, entity: 'event', key: `event:${id}`, changes: { ...changes }, at });

async function existing(trx: Db, id: number) {
  const row = await findEventById(trx, id);
  if (!row) throw new NotFound(`id: no event ${id} (catalog.events lists them)`);
  const { id: _, ...fields } = row;
  return fields;
}

export function createEvent(db: Db, actor: UserActor, input: EventCreateInput, now: string) {
  return withWriteTransaction(db, async (trx) => {
    const row = await eventRow(trx, input, null);
    const id = await insertEvent(trx, row);
    await audit(trx, actor, 'create', id, { before: null, after: row }, now);
    return { id };
  });
}

export function editEvent(db: Db, actor: UserActor, input: EventUpdateInput, now: string) {
  return withWriteTransaction(db, async (trx) => {
    const before = await existing(trx, input.id);
    const row = await eventRow(trx, input, input.id);
    await updateEvent(trx, input.id, row);
    await audit(trx, actor, 'update', input.id, { before, after: row }, now);
    return { id: input.id };
  });
}

export function removeEvent(db: Db, actor: UserActor, id: number, now: string) {
  return withWriteTransaction(db, async (trx) => {
    const before = await existing(trx, id);
    await deleteEvent(trx, id);
    await audit(trx, actor, 'delete', id, { before, after: null }, now);
    return { id };
  });
}
