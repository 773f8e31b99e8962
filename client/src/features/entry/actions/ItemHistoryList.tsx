/** The item's recorded changes (items.history): for analysts, admins and its own source's submitters. */
import { useQuery } from '@tanstack/react-query';
import type { ItemDetailView } from '../../../../../shared/item-detail.ts';
import { describeError } from '../../../lib/errors.ts';
import { trpc } from '../../../lib/trpc.ts';
import { itemKeys } from './action-form.ts';
import { historySteps } from './history.data.ts';

export function ItemHistoryList({ item }: { item: ItemDetailView }) {
  const query = useQuery(trpc.items.history.queryOptions(itemKeys(item)));
  const state = query.isPending ? 'loading' : query.isError ? 'error' : 'ready';
  return (
    <div className="item-history" data-state={state}>
      <h4>Changes recorded</h4>
      {query.isPending && <p className="hint">Loading the changes…</p>}
      {query.isError && <p className="hint">The changes could not be loaded: {describeError(query.error)}.</p>}
      {query.data && (
        <ol className="timeline" data-testid="history">
          {historySteps(query.data.entries).map((step) => (
            <li key={step.id} data-step={step.label}>
              <strong>{step.label}</strong>
              <span className="muted num"> {step.at.replace('T', ' ').slice(0, 16)} UTC</span>
              <span className="muted"> · by {step.by}</span>
              {step.detail && <span> · {step.detail}</span>}
            </li>
          ))}
        </ol>
      )}
      {query.data?.truncated && <p className="hint">Only the oldest {query.data.entries.length} changes are shown.</p>}
    </div>
  );
}
