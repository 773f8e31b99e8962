/** One record's history, oldest first: each entry a diff of before → after per field, marked by symbol and word. */
import { useQuery } from '@tanstack/react-query';
import type { AuditChange } from '../../../../shared/audit.ts';
import { humanize } from '../../../../shared/format.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import type { RecordRef } from './AuditPage.tsx';
import { changeMark, formatValue, shortInstant } from './audit-format.data.ts';

export function RecordHistory({ record, onClose }: { record: RecordRef; onClose: () => void }) {
  const query = useQuery(trpc.audit.history.queryOptions(record));
  const state = query.isPending ? 'loading' : query.isError ? 'error' : 'ready';
  return (
    <section className="card record-history" aria-labelledby="record-history" data-state={state}>
      <div className="card-head">
        <h2 id="record-history">
          History of {humanize(record.entity).toLowerCase()} <code>{record.entityKey}</code>
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="definition">
        Oldest first. “—” means no value; each field is marked + added, − removed or ~ changed.
      </p>
      {query.isPending && <p className="state">Loading the history…</p>}
      {query.isError && <p className="state error">The history could not be loaded: {describeError(query.error)}.</p>}
      {query.data?.truncated && <p className="note">Only the oldest {query.data.entries.length} entries are shown.</p>}
      <ol className="history">
        {query.data?.entries.map((e) => (
          <li key={e.id} data-history={e.action}>
            <p>
              <strong>{humanize(e.action)}</strong> <span className="num">{shortInstant(e.at)}</span> by {e.actor}
              {e.source ? ` for ${e.source}` : ''}
            </p>
            {e.changes.length === 0 ? (
              <p className="muted">No field changes recorded.</p>
            ) : (
              <Diff changes={e.changes} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Diff({ changes }: { changes: AuditChange[] }) {
  return (
    <table className="data-table diff">
      <colgroup>
        <col className="diff-field" />
        <col className="diff-kind" />
        <col />
        <col className="diff-arrow" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Change</th>
          <th scope="col">Before</th>
          <th scope="col">
            <span className="visually-hidden">to</span>
          </th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => {
          const mark = changeMark(c.kind);
          return (
            <tr key={c.field} className={`diff-${c.kind}`} data-change={c.kind}>
              <th scope="row">{c.field}</th>
              <td className="diff-mark nowrap">
                <span aria-hidden="true">{mark.symbol}</span> {mark.word}
              </td>
              <td className="break diff-before">
                {c.kind === 'added' ? <span className="muted">—</span> : formatValue(c.before)}
              </td>
              <td aria-hidden="true">→</td>
              <td className="break diff-after">
                {c.kind === 'removed' ? <span className="muted">— (removed)</span> : formatValue(c.after)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
