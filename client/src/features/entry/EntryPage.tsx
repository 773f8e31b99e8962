/** Enter a request (submitters, for their own sources): the form, or a sentence saying who may use it. */
import { RoleGate } from '../../app/RoleGate.tsx';
import { EntryForm } from './EntryForm.tsx';
import './entry.css';

export function EntryPage() {
  return (
    <div className="entry-page">
      <h1>Enter a request</h1>
      <p className="muted">
        One government request to a platform, its items and the legal bases it cites. Saved records count in every
        figure at once; you can correct outcomes and record appeals later from the item in Explore.
      </p>
      <RoleGate roles={['submitter']} purpose="enter requests for your sources">
        {(me) => <EntryForm me={me} />}
      </RoleGate>
    </div>
  );
}
