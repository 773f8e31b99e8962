/** Provisions first seen in submissions (`unreviewed`): confirm title, category and instrument spelling. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { LegalBasisEntry } from '../../../../shared/catalog.ts';
import { LEGAL_CATEGORIES, type LegalCategory } from '../../../../shared/enums.ts';
import { formatCount, humanize } from '../../../../shared/format.ts';
import { LIMITS } from '../../../../shared/limits.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import { Field } from './Field.tsx';
import { fieldErrorsOf } from './field-errors.data.ts';
import { refusalSentence } from './form-sentence.data.ts';
import { refreshEverything } from './refresh.ts';
import { useDone } from './use-done.ts';
import { plural } from './words.ts';

/** Shown at once; the rest follow as these are reviewed. */
const SHOWN = 12;

export function ReviewProvisions() {
  const bases = useQuery(trpc.catalog.legalBases.queryOptions({}));
  const { heading, done: reviewed, setDone: setReviewed } = useDone();
  const unreviewed = (bases.data ?? []).filter((b) => b.status === 'unreviewed');
  const state = bases.isPending ? 'loading' : bases.isError ? 'error' : unreviewed.length === 0 ? 'empty' : 'ready';
  return (
    <section className="card" data-state={state} aria-labelledby="review-title">
      <h2 id="review-title" ref={heading} tabIndex={-1}>
        Unreviewed provisions
      </h2>
      <p className="definition">
        Citations first seen in a submission land here. Check the instrument's spelling, give a short title and a
        category; a spelling that matches another entry means a duplicate: merge the two below instead.
      </p>
      <p role="status" className={reviewed ? 'done-note' : undefined}>
        {reviewed ?? ''}
      </p>
      {bases.isPending && <p className="state">Loading the provisions…</p>}
      {bases.isError && (
        <p className="state error">The provisions could not be loaded: {describeError(bases.error)}.</p>
      )}
      {state === 'empty' && <p className="state">Every provision is reviewed.</p>}
      {unreviewed.length > 0 && (
        <>
          <p className="muted">
            {formatCount(unreviewed.length)} to review
            {unreviewed.length > SHOWN ? `, the ${SHOWN} most cited shown` : ''}.
          </p>
          <ul className="review-list">
            {unreviewed.slice(0, SHOWN).map((b) => (
              <ReviewItem key={b.id} basis={b} onDone={(label) => setReviewed(`Marked “${label}” as reviewed.`)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewItem({ basis, onDone }: { basis: LegalBasisEntry; onDone: (label: string) => void }) {
  const review = useMutation({
    ...trpc.catalogAdmin.reviewLegalBasis.mutationOptions(),
    onSuccess: () => {
      onDone(basis.label);
      void refreshEverything();
    },
  });
  const errors = fieldErrorsOf(review.error);
  const id = (field: string) => `review-${basis.id}-${field}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    review.mutate({
      id: basis.id,
      instrument: String(form.get('instrument') ?? ''),
      title: String(form.get('title') ?? ''),
      category: String(form.get('category')) as LegalCategory,
    });
  };
  return (
    <li data-provision={basis.id}>
      <h3 id={id('title-h')}>{basis.label}</h3>
      <p className="muted">
        Cited by {plural(basis.requests, 'request')} ({plural(basis.items, 'item')}).
      </p>
      <form className="catalogue-form" aria-labelledby={id('title-h')} onSubmit={submit} noValidate>
        <Field id={id('instrument')} label="Instrument (spelling)" error={errors.instrument}>
          <input name="instrument" defaultValue={basis.instrument} maxLength={LIMITS.instrument} required />
        </Field>
        <Field id={id('title')} label="Short title" error={errors.title}>
          <input name="title" defaultValue={basis.title ?? ''} maxLength={LIMITS.title} required />
        </Field>
        <Field id={id('category')} label="Category" error={errors.category}>
          <select name="category" defaultValue={basis.category}>
            {LEGAL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {humanize(c)}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={review.isPending}>
            Mark reviewed
          </button>
        </div>
      </form>
      {review.isError && (
        <p className="form-error" role="alert">
          {refusalSentence('Not saved', review.error, errors)}
        </p>
      )}
    </li>
  );
}
