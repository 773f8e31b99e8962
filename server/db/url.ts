/**
 * DATABASE_URL without opening anything: no imports but node:path, so the entry script can tell
 * whether a fresh database is about to be made before it loads the rest (scripts/start.ts).
 */
import { resolve } from 'node:path';

export const DEFAULT_DATABASE_URL = 'data/takedown.sqlite';

export type Engine = 'sqlite' | 'postgres';

export function engineOfUrl(url: string): Engine {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Resolves a SQLite DATABASE_URL (a file path, optionally `sqlite:` or `file:` prefixed). */
export function sqliteFileFromUrl(url: string): string {
  const path = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (!path || path === ':memory:') throw new Error('DATABASE_URL: give a SQLite file path (tests use real files too)');
  return resolve(path);
}
