/** Every migration, in order. Names are timestamps; files are frozen once landed. */
import type { Migration } from 'kysely';
import * as initial from './2026_11_28_1400_initial.ts';
import * as readIndexes from './2026_11_28_1700_read_indexes.ts';
import * as rollups from './2026_11_28_1800_rollups.ts';
import * as weeklyRollup from './2026_11_28_1900_weekly_rollup.ts';
import * as published from './2026_12_03_0800_published.ts';
import * as dataVersion from './2026_12_04_0900_data_version.ts';
import * as redactionTerms from './2026_12_04_1100_redaction_terms.ts';
import * as accounts from './2026_12_04_1200_accounts.ts';
import * as catalogueMerges from './2026_12_05_1200_catalogue_merges.ts';
import * as sqliteDataVersion from './2026_12_06_0100_sqlite_data_version.ts';
import * as postgresKeysetIndexes from './2026_12_06_0900_postgres_keyset_indexes.ts';
import * as sqliteAggregatesWithoutRowid from './2026_12_07_1500_sqlite_aggregates_without_rowid.ts';

export const migrations: Record<string, Migration> = {
  '2026_11_28_1400_initial': initial,
  '2026_11_28_1700_read_indexes': readIndexes,
  '2026_11_28_1800_rollups': rollups,
  '2026_11_28_1900_weekly_rollup': weeklyRollup,
  '2026_12_03_0800_published': published,
  '2026_12_04_0900_data_version': dataVersion,
  '2026_12_04_1100_redaction_terms': redactionTerms,
  '2026_12_04_1200_accounts': accounts,
  '2026_12_05_1200_catalogue_merges': catalogueMerges,
  '2026_12_06_0100_sqlite_data_version': sqliteDataVersion,
  '2026_12_06_0900_postgres_keyset_indexes': postgresKeysetIndexes,
  '2026_12_07_1500_sqlite_aggregates_without_rowid': sqliteAggregatesWithoutRowid,
};
