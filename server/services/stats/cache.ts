/**
 * Results of slow, rarely changing reads (the catalogue counts scan the aggregates), kept until the
 * data changes: exact, since the key includes the database's data version.
 */
import type { Db } from '../../db/database.ts';
import { dataVersion } from '../../queries/stats/data-version.ts';

const MAX_ENTRIES = 200;
const caches = new WeakMap<Db, Map<string, { version: string; value: Promise<unknown> }>>();

export async function cached<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await dataVersion(db);
  const cache = caches.get(db) ?? new Map();
  caches.set(db, cache);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(key);
  cache.set(key, { version, value });
  // Insertion order is age: drop the oldest beyond the bound.
  for (const old of cache.keys()) {
    if (cache.size <= MAX_ENTRIES) break;
    cache.delete(old);
  }
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}
