/**
 * What happened next, recorded from the item's detail by a submitter of its source: the outcome,
 * an appeal and its decision, or the request's retraction. One form open at a time.
 */
import { useState } from 'react';
import type { UserView } from '../../../../../shared/auth.ts';
import type { ItemDetailView } from '../../../../../shared/item-detail.ts';
import { AppealForm } from './AppealForm.tsx';
import { OutcomeForm } from './OutcomeForm.tsx';
import { RetractForm } from './RetractForm.tsx';
import './actions.css';

type Open = 'outcome' | 'appeal' | 'retract' | null;

const LABELS: Record<Exclude<Open, null>, string> = {
  outcome: 'Record the outcome',
  appeal: 'Record an appeal',
  retract: 'Retract the request',
};

export const mayRecordFor = (me: UserView | null | undefined, item: ItemDetailView) =>
  me?.role === 'submitter' && me.sources.includes(item.request.source) && item.retraction === null;

export function ItemActions({ item }: { item: ItemDetailView }) {
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setDone(message);
    setOpen(null);
  };
  const appealable = item.outcome !== 'pending';
  return (
    <section className="item-actions" aria-label="Record what happened next">
      <h3>Record what happened next</h3>
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
      {done && (
        <p className="done" aria-hidden="true">
          {done}
        </p>
      )}
      <div className="action-buttons">
        {(['outcome', 'appeal', 'retract'] as const).map((which) => (
          <button
            key={which}
            type="button"
            aria-expanded={open === which}
            disabled={which === 'appeal' && !appealable}
            className={which === 'retract' ? 'danger' : undefined}
            onClick={() => {
              setOpen(open === which ? null : which);
              setDone(null);
            }}
          >
            {LABELS[which]}
          </button>
        ))}
      </div>
      {!appealable && <p className="hint">An item can be appealed once it has a decision.</p>}
      {open === 'outcome' && <OutcomeForm item={item} onDone={finish} />}
      {open === 'appeal' && <AppealForm item={item} onDone={finish} />}
      {open === 'retract' && <RetractForm item={item} onDone={finish} />}
    </section>
  );
}
