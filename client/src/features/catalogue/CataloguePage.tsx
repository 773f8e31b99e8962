/**
 * Catalogue review (issue 11): unreviewed provisions, duplicate merges and their history, timeline
 * events and sources. Analysts curate; merges and splits, which move records and figures, are
 * for admins.
 */
import { RoleGate } from '../../app/RoleGate.tsx';
import { EventsEditor } from './EventsEditor.tsx';
import { MergeEntries } from './MergeEntries.tsx';
import { MergeHistory } from './MergeHistory.tsx';
import { ReviewProvisions } from './ReviewProvisions.tsx';
import { SourcesEditor } from './SourcesEditor.tsx';
import './catalogue.css';

export function CataloguePage() {
  return (
    <div className="narrow-page wide catalogue-page">
      <h1>Catalogue review</h1>
      <p className="muted">
        The agencies, provisions, events and sources every figure is counted under. Each change here is recorded in the
        audit trail with what it was before.
      </p>
      <RoleGate roles={['admin', 'analyst']} purpose="review the catalogue">
        {(me) => (
          <>
            <ReviewProvisions />
            {me.role === 'admin' && <MergeEntries />}
            <MergeHistory maySplit={me.role === 'admin'} />
            <EventsEditor />
            <SourcesEditor />
          </>
        )}
      </RoleGate>
    </div>
  );
}
