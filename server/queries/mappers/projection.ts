/**
 * What one viewer may see of one record, decided once per record by its source and agency and
 * applied by the row → wire mappers beside this file, so every response that carries records
 * (items.list, exports, ingest answers) projects them the same way.
 */
import { redactText, termsPattern } from '../../../shared/redaction.ts';
import { seesEverything, type Viewer } from '../../../shared/roles.ts';
import type { RedactionTermRow } from '../catalog/redaction-terms.ts';

export interface RecordView {
  /** Items' content URLs: they point at the person who posted. */
  contentUrl: boolean;
  /** Who appealed: may identify a person. */
  appellant: boolean;
  /** Free text (stated reasons) as this viewer may read it. */
  text: (value: string | null) => string | null;
}

export interface RecordScope {
  sourceId: number;
  agencyId: number;
}

export type Projection = (scope: RecordScope) => RecordView;

const asStored = (value: string | null) => value;

export const FULL_VIEW: RecordView = { contentUrl: true, appellant: true, text: asStored };

/** The answer to a source's own write: what it sent, but no content URL (ItemView never had one). */
export const ECHO_VIEW: RecordView = { contentUrl: false, appellant: true, text: asStored };

/**
 * Analysts and admins see every record as stored, submitters the records of their own sources;
 * everyone else gets no content URLs or appellants, and stated reasons redacted with the terms
 * listed for everywhere plus those of the record's agency.
 */
export function projectionFor(viewer: Viewer, terms: readonly RedactionTermRow[]): Projection {
  if (seesEverything(viewer)) return () => FULL_VIEW;
  const global = terms.filter((t) => t.agency_id === null).map((t) => t.term);
  const views = new Map<number, RecordView>();
  const publicView = (agencyId: number): RecordView => {
    let view = views.get(agencyId);
    if (!view) {
      const names = termsPattern([...global, ...terms.filter((t) => t.agency_id === agencyId).map((t) => t.term)]);
      view = {
        contentUrl: false,
        appellant: false,
        text: (value) => (value === null ? null : redactText(value, names)),
      };
      views.set(agencyId, view);
    }
    return view;
  };
  const own = new Set(viewer.role === 'submitter' ? viewer.sources : []);
  return ({ sourceId, agencyId }) => (own.has(sourceId) ? FULL_VIEW : publicView(agencyId));
}
