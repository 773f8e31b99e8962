/** Source details (kind, licence, URL, notes); the name is the source's identity and stays. */
import type { SourceUpdateInput } from '../../../shared/catalogue-admin.ts';
import type { Db } from '../../db/database.ts';
import { withWriteTransaction } from '../../db/transaction.ts';
import { findSourceByName, updateSource } from '../../queries/sources.ts';
import type { UserActor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { NotFound } from '../errors.ts';

export function editSource(db: Db, actor: UserActor, input: SourceUpdateInput, now: string) {
  return withWriteTransaction(db, async (trx) => {
    const source = await findSourceByName(trx, input.name);
    if (!source) throw new NotFound(`name: no source "${input.name}" (catalog.sources lists them)`);
    const before = { kind: source.kind, url: source.url, license: source.license, notes: source.notes };
    const after = { kind: input.kind, url: input.url, license: input.license, notes: input.notes };
    await updateSource(trx, source.id, after);
    await writeAudit(trx, {
      actor,
      sourceId: source.id,
      action: 'update',
      entity: 'source',
      key: `source:${source.name}`,
      changes: { before, after },
      at: now,
    });
    return { name: source.name, ...after };
  });
}
