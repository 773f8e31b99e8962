/** Appeal row → wire fields (interchange names), for exports, appeals.record and items.list. */
import type { AppealRow } from '../../db/schema.ts';
import type { RecordView } from './projection.ts';

export type AppealColumns = Pick<
  AppealRow,
  'external_id' | 'appellant' | 'venue' | 'filed_at' | 'outcome' | 'decided_at'
>;

export interface AppealWire {
  externalId: string;
  /** Absent from public views: who appealed may identify a person. */
  appellant?: string | null;
  venue: string | null;
  filedAt: string | null;
  outcome: string;
  decidedAt: string | null;
}

export function appealToWire(row: AppealColumns, view: RecordView): AppealWire {
  return {
    externalId: row.external_id,
    ...(view.appellant ? { appellant: row.appellant } : {}),
    venue: row.venue,
    filedAt: row.filed_at,
    outcome: row.outcome,
    decidedAt: row.decided_at,
  };
}
