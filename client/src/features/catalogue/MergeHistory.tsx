/** Every merge, newest first; an admin can split one again (its requests and figures move back). */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MergeEntry } from '../../../../shared/catalogue-admin.ts';
import { formatCount } from '../../../../shared/format.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import { refreshEverything } from './refresh.ts';
import { useDone } from './use-done.ts';
import { plural } from './words.ts';

export function MergeHistory({ maySplit }: { maySplit: boolean }) {
  const merges = useQuery(trpc.catalogAdmin.merges.queryOptions({}));
  const { heading, done, setDone } = useDone();
  const split = useMutation({
    ...trpc.catalogAdmin.split.mutationOptions(),
    onSuccess: (result, input) => {
      setDone(`Merge ${input.mergeId} split: ${plural(result.requestsMoved, 'request')} moved back.`);
      void refreshEverything();
    },
  });
  const state = merges.isPending ? 'loading' : merges.isError ? 'error' : merges.data.length === 0 ? 'empty' : 'ready';
  return (
    <section className="card" data-state={state} aria-labelledby="merges-title">
      <h2 id="merges-title" ref={heading} tabIndex={-1}>
        Merge history
      </h2>
      <p className="definition">Newest first. A split restores the merged entry with the requests that moved.</p>
      <p role="status" className={done ? 'done-note' : undefined}>
        {done ?? ''}
      </p>
      {merges.isPending && <p className="state">Loading the merges…</p>}
      {merges.isError && <p className="state error">The merges could not be loaded: {describeError(merges.error)}.</p>}
      {state === 'empty' && <p className="state">No merges yet.</p>}
      {merges.data && merges.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table stack-table">
            <thead>
              <tr>
                <th scope="col">Merged</th>
                <th scope="col">Into</th>
                <th scope="col">Requests moved</th>
                <th scope="col">Merged at, by</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {merges.data.map((m) => (
                <MergeRow
                  key={m.id}
                  merge={m}
                  maySplit={maySplit}
                  pending={split.isPending}
                  onSplit={(id) => split.mutate({ mergeId: id })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {split.isError && (
        <p className="form-error" role="alert">
          Not split: {describeError(split.error)}.
        </p>
      )}
    </section>
  );
}

interface RowProps {
  merge: MergeEntry;
  maySplit: boolean;
  pending: boolean;
  onSplit: (id: number) => void;
}

function MergeRow({ merge: m, maySplit, pending, onSplit }: RowProps) {
  const [asking, setAsking] = useState(false);
  return (
    <tr data-merge={m.id} data-split={m.splitAt ? 'yes' : 'no'}>
      <th scope="row">
        {m.mergedLabel} <span className="muted">({m.entity === 'agency' ? 'agency' : 'provision'})</span>
      </th>
      <td data-label="Into">{m.keptLabel}</td>
      <td className="num" data-label="Requests moved">
        {formatCount(m.requestsMoved)}
      </td>
      <td data-label="Merged at, by">
        {m.mergedAt.slice(0, 16).replace('T', ' ')} <span className="muted break">{m.mergedBy}</span>
      </td>
      <td data-label="State">
        {m.splitAt ? (
          `split ${m.splitAt.slice(0, 10)}`
        ) : !maySplit ? (
          'merged'
        ) : asking ? (
          <fieldset className="confirm">
            <legend>Split merge {m.id}?</legend>
            <div className="row-actions">
              <button type="button" className="danger" disabled={pending} onClick={() => onSplit(m.id)}>
                Split
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                Keep merged
              </button>
            </div>
          </fieldset>
        ) : (
          <button
            type="button"
            onClick={() => setAsking(true)}
            aria-label={`Split merge ${m.id}: ${m.mergedLabel} into ${m.keptLabel}`}
          >
            Split…
          </button>
        )}
      </td>
    </tr>
  );
}
