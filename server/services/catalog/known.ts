/**
 * Catalogue ids a write transaction has already resolved (matched or created): a transaction of
 * many batches (the demo seed, a whole-file import, an upload's commit) then asks the database
 * only for names and sets it has not met yet, instead of every batch asking again for the same
 * few agencies and thousands of profile sets. Kept per write transaction (writeTransactionMemo), so
 * ids a rolled-back transaction created are never reused; exact because the transaction holds the
 * single-writer lock, and no write path renames or deletes what these keys name while it runs
 * (merges run in transactions of their own).
 */
import type { Db } from '../../db/database.ts';
import { writeTransactionMemo } from '../../db/transaction.ts';

export interface KnownCatalog {
  jurisdictions: Set<string>;
  platform: Map<string, number>;
  /** By agencyKey(jurisdiction, name): the agency, or the one it was merged into. */
  agency: Map<string, number>;
  /** By citationKey(citation). */
  legalBasis: Map<string, number>;
  basis_sets: Map<string, number>;
  profile_sets: Map<string, number>;
}

const KNOWN = Symbol('known catalogue ids');

const empty = (): KnownCatalog => ({
  jurisdictions: new Set(),
  platform: new Map(),
  agency: new Map(),
  legalBasis: new Map(),
  basis_sets: new Map(),
  profile_sets: new Map(),
});

/** What `trx` resolved so far; a fresh, unkept one outside a write transaction. */
export function knownCatalog(trx: Db): KnownCatalog {
  return writeTransactionMemo(trx, KNOWN, empty) ?? empty();
}

/**
 * Ids of `keys` from `known`, asking `resolve` (which matches or creates them) only for the keys
 * not known yet; returns `known`, which then holds every one of `keys`.
 */
export async function resolveThrough(
  known: Map<string, number>,
  keys: Iterable<string>,
  resolve: (missing: string[]) => Promise<Map<string, number>>,
): Promise<Map<string, number>> {
  const missing = [...new Set(keys)].filter((key) => !known.has(key));
  if (missing.length > 0) for (const [key, id] of await resolve(missing)) known.set(key, id);
  return known;
}
