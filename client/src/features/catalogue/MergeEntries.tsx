/**
 * Merging a duplicate agency or provision into the one kept (admins): pick both, read what will
 * move, confirm. The merge can be split again from the history below.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { MergeEntity } from '../../../../shared/catalogue-admin.ts';
import { formatCount } from '../../../../shared/format.ts';
import { trpc } from '../../lib/trpc.ts';
import { Field } from './Field.tsx';
import { fieldErrorsOf } from './field-errors.data.ts';
import { refusalSentence } from './form-sentence.data.ts';
import { refreshEverything } from './refresh.ts';
import { useDone } from './use-done.ts';
import { plural } from './words.ts';

interface Choice {
  id: number;
  label: string;
  requests: number;
  items: number;
}

const NOUN: Record<MergeEntity, string> = { agency: 'agency', legal_basis: 'provision' };

function useChoices(entity: MergeEntity): { choices: Choice[]; pending: boolean } {
  const agencies = useQuery({ ...trpc.catalog.agencies.queryOptions({}), enabled: entity === 'agency' });
  const bases = useQuery({ ...trpc.catalog.legalBases.queryOptions({}), enabled: entity === 'legal_basis' });
  const choices: Choice[] =
    entity === 'agency'
      ? (agencies.data ?? []).map((a) => ({ ...a, label: `${a.name} (${a.jurisdiction})` }))
      : (bases.data ?? []).map((b) => ({ ...b }));
  choices.sort((a, b) => a.label.localeCompare(b.label));
  return { choices, pending: entity === 'agency' ? agencies.isPending : bases.isPending };
}

const describe = (c: Choice) => `${c.label}: ${plural(c.requests, 'request')}, ${plural(c.items, 'item')}`;

export function MergeEntries() {
  const [entity, setEntity] = useState<MergeEntity>('agency');
  const [pair, setPair] = useState<{ keep: Choice; merge: Choice } | null>(null);
  const { heading, done, setDone } = useDone();
  const { choices, pending } = useChoices(entity);
  const merge = useMutation({
    ...trpc.catalogAdmin.merge.mutationOptions(),
    onSuccess: (result, input) => {
      const kept = choices.find((c) => c.id === input.keepId)?.label;
      const merged = choices.find((c) => c.id === input.mergeId)?.label;
      setDone(
        `Merged “${merged}” into “${kept}”: ${plural(result.requestsMoved, 'request')} moved (merge ${result.mergeId}).`,
      );
      setPair(null);
      void refreshEverything();
    },
  });
  const errors = fieldErrorsOf(merge.error);
  const [formError, setFormError] = useState<string | null>(null);
  const review = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const keep = choices.find((c) => c.id === Number(form.get('keep')));
    const gone = choices.find((c) => c.id === Number(form.get('merge')));
    setDone(null);
    merge.reset();
    if (!keep || !gone) return setFormError(`Choose the ${NOUN[entity]} to keep and the one to merge into it.`);
    if (keep.id === gone.id) return setFormError(`Choose two different entries: an entry cannot merge into itself.`);
    setFormError(null);
    setPair({ keep, merge: gone });
  };
  return (
    <section className="card" aria-labelledby="merge-title" data-state={pending ? 'loading' : 'ready'}>
      <h2 id="merge-title" ref={heading} tabIndex={-1}>
        Merge duplicates
      </h2>
      <p className="definition">
        Two spellings of one body or one provision (“Roskomnadzor” / “Roscomnadzor”) split its figures. Merging moves
        every request of the duplicate, retracted ones too, and its figures to the entry kept; later submissions naming
        the duplicate land there too. The merge is audited and can be split again.
      </p>
      <p role="status" className={done ? 'done-note' : undefined}>
        {done ?? ''}
      </p>
      <form className="catalogue-form two-columns" onSubmit={review} aria-labelledby="merge-title" noValidate>
        <fieldset>
          <legend>What to merge</legend>
          {(['agency', 'legal_basis'] as const).map((e) => (
            <label key={e}>
              <input
                type="radio"
                name="entity"
                value={e}
                checked={entity === e}
                onChange={() => {
                  setEntity(e);
                  setPair(null);
                }}
              />{' '}
              {e === 'agency' ? 'Agencies' : 'Provisions'}
            </label>
          ))}
        </fieldset>
        <Field id="merge-keep" label={`Keep this ${NOUN[entity]}`} error={errors.keepId}>
          {/* Keyed by the last result too: a done merge clears both choices. */}
          <select name="keep" key={`keep-${entity}-${done}`} defaultValue="">
            <option value="">Choose…</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {describe(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="merge-merge" label="Merge this duplicate into it" error={errors.mergeId}>
          <select name="merge" key={`merge-${entity}-${done}`} defaultValue="">
            <option value="">Choose…</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {describe(c)}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-buttons">
          <button type="submit">Review the merge…</button>
        </div>
      </form>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {pair && (
        <Confirm
          pair={pair}
          noun={NOUN[entity]}
          pending={merge.isPending}
          onConfirm={() => merge.mutate({ entity, keepId: pair.keep.id, mergeId: pair.merge.id })}
          onCancel={() => setPair(null)}
        />
      )}
      {merge.isError && (
        <p className="form-error" role="alert">
          {refusalSentence('Nothing was merged', merge.error, errors)}
        </p>
      )}
    </section>
  );
}

interface ConfirmProps {
  pair: { keep: Choice; merge: Choice };
  noun: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function Confirm({ pair, noun, pending, onConfirm, onCancel }: ConfirmProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what they are asked to confirm.
  useEffect(() => heading.current?.focus(), []);
  const { keep, merge } = pair;
  return (
    <section className="merge-confirm" aria-labelledby="merge-confirm-title" data-merge-confirm="">
      <h3 id="merge-confirm-title" ref={heading} tabIndex={-1}>
        Merge “{merge.label}” into “{keep.label}”?
      </h3>
      <p>
        {formatCount(merge.requests)} requests ({formatCount(merge.items)} items) move to “{keep.label}”, which will
        then count {noun === 'provision' ? 'up to ' : ''}
        {formatCount(keep.requests + merge.requests)} requests and {formatCount(keep.items + merge.items)} items. “
        {merge.label}” disappears from lists and filters; the {noun} is kept so a split can restore it.
      </p>
      <div className="form-buttons">
        <button type="button" className="danger" onClick={onConfirm} disabled={pending}>
          Merge
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
