/**
 * Newest modification time under a path: what the build staleness checks compare with their
 * outputs (scripts/build-server.mjs for the server bundle, scripts/demo.ts for the client). Plain
 * JavaScript, as build-server.mjs runs without tsx; a module of its own, with no entry code, so the
 * server bundle can include it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under `path` (a file, or a directory tree and its listings), 0 when absent. */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
