/** Paths of the real published files in ../shared/data (not committed here, see its README). */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');

/** The file's absolute path; throws (the test fails, never skips) when it is missing. */
export function sharedDataFile(relative: string): string {
  const path = join(SHARED_DATA, relative);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the tests read the real published files from ../shared/data beside the repository`,
    );
  }
  return path;
}

/** Every CSV directly in a folder of ../shared/data (throws when the folder is missing or empty). */
export function sharedDataCsvs(folder: string): string[] {
  const dir = sharedDataFile(folder);
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`${dir} holds no CSV file`);
  return files;
}
