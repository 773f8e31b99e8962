/** meta.info: what the minimal client shows until the dashboard lands: totals and sources. */
import type { Db } from '../db/database.ts';
import { findSources } from '../queries/sources.ts';
import { findGrandTotals } from '../queries/stats/grand-totals.ts';

export async function getInfo(db: Db) {
  const totals = await findGrandTotals(db);
  const sources = (await findSources(db)).map(({ name, kind }) => ({ name, kind }));
  return { ...totals, sources };
}
