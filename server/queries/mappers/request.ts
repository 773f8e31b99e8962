/**
 * Request row → wire fields (interchange names), for exports and items.list. The row holds ids;
 * the wire names catalogue entries, so the caller passes the source, agency, platform and cited
 * legal bases in the shape its view needs.
 */
import type { RequestRow } from '../../db/schema.ts';
import type { RecordView } from './projection.ts';

export type RequestColumns = Pick<
  RequestRow,
  'external_id' | 'jurisdiction' | 'channel' | 'submitted_at' | 'stated_reason'
>;

export interface RequestRefs {
  source: string | undefined;
  agency: unknown;
  platform: string | undefined;
  legalBases: unknown[];
}

export interface RequestWire<Refs extends RequestRefs> {
  externalId: string;
  source: Refs['source'];
  jurisdiction: string;
  agency: Refs['agency'];
  platform: Refs['platform'];
  channel: string;
  submittedAt: string;
  legalBases: Refs['legalBases'];
  statedReason: string | null;
}

/** Keys in interchange order (exports are compared byte for byte); the stated reason as `view` may read it. */
export function requestToWire<Refs extends RequestRefs>(
  row: RequestColumns,
  refs: Refs,
  view: RecordView,
): RequestWire<Refs> {
  return {
    externalId: row.external_id,
    source: refs.source,
    jurisdiction: row.jurisdiction,
    agency: refs.agency,
    platform: refs.platform,
    channel: row.channel,
    submittedAt: row.submitted_at,
    legalBases: refs.legalBases,
    statedReason: view.text(row.stated_reason),
  };
}
