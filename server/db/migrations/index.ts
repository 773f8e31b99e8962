/** Every migration, in order. Names are timestamps; files are frozen once landed. */
import type { Migration } from 'kysely';
import * as initial from './2026_11_28_1400_initial.ts';

export const migrations: Record<string, Migration> = {
  '2026_11_28_1400_initial': initial,
};
