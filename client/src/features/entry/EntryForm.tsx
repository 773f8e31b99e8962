/**
 * Enter a request with its items and legal bases. Checked with the API's own schema as one saves
 * (problems at their fields, by the API's paths), kept as a draft while open, saved through
 * `requests.submit`: the same ingest service, idempotency, audit and aggregate update as the API.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { UserView } from '../../../../shared/auth.ts';
import {
  checkEntry,
  emptyEntryForm,
  emptyItem,
  type EntryForm as Form,
  problemsByField,
} from '../../../../shared/entry-form.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { describeError } from '../../lib/errors.ts';
import { queryClient, trpc } from '../../lib/trpc.ts';
import { clearDraft, loadDraft, saveDraft } from './draft.ts';
import { ItemFields } from './ItemFields.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { RequestFields } from './RequestFields.tsx';
import { shownFields, submitProblems } from './shown-fields.data.ts';
import { browserTimeZone } from './TimeZoneSelect.tsx';

interface Saved {
  externalId: string;
  items: number;
  created: boolean;
}

export function EntryForm({ me }: { me: UserView }) {
  const fresh = () => emptyEntryForm(me.sources[0] ?? '', browserTimeZone());
  const [form, setForm] = useState<Form>(() => loadDraft(me.email) ?? fresh());
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => saveDraft(me.email, form), [me.email, form]);
  const platforms = useQuery(trpc.catalog.platforms.queryOptions());

  const submit = useMutation({
    ...trpc.requests.submit.mutationOptions(),
    onSuccess: async (result, input) => {
      const request = input.requests[0];
      setSaved({
        externalId: request?.externalId ?? '',
        items: request?.items.length ?? 0,
        created: result.created > 0,
      });
      clearDraft(me.email);
      // The next request is most likely in the same zone.
      setForm({ ...fresh(), timeZone: form.timeZone });
      setProblems(null);
      // Every figure on screen may include the new request: fetch them again.
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      setProblems(submitProblems(error) ?? [{ path: '', message: describeError(error) }]);
    },
  });

  // After a refused save, the summary takes the focus so a screen reader reads it first.
  useEffect(() => {
    if (problems?.length) summary.current?.focus();
  }, [problems]);

  const update = (next: Form) => {
    setForm(next);
    setSaved(null);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkEntry(form);
    if (checked.problems.length > 0) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    // biome-ignore lint/suspicious/noExplicitAny: the wire form (before defaults) is what the API takes.
    submit.mutate({ requests: [checked.request as any] });
  };

  const shown = shownFields(form);
  const errors = problemsByField(problems ?? [], shown);
  const setItem = (i: number, item: Form['items'][number]) =>
    update({ ...form, items: form.items.map((it, j) => (j === i ? item : it)) });
  return (
    <form className="entry-form" noValidate onSubmit={onSubmit} data-state={submit.isPending ? 'busy' : 'idle'}>
      {/* A live region present from the start, so the saved message is announced when it appears. */}
      <div role="status">
        {saved && (
          <div className="saved card" data-saved={saved.externalId}>
            <p>
              <strong>
                {saved.created ? 'Saved' : 'Already recorded, unchanged'}: request {saved.externalId} with {saved.items}{' '}
                item{saved.items === 1 ? '' : 's'}.
              </strong>{' '}
              It counts in every figure now.
            </p>
            <p>
              <Link to="/">See the Overview</Link> · <Link to="/explore">Find it in Explore</Link> · or enter the next
              request below.
            </p>
          </div>
        )}
      </div>
      {problems && problems.length > 0 && <ProblemSummary ref={summary} problems={problems} shown={shown} />}
      <RequestFields me={me} form={form} errors={errors} platforms={platforms.data ?? []} onChange={update} />
      <section className="card entry-items" aria-labelledby="entry-items-title">
        <h2 id="entry-items-title">Items ({form.items.length})</h2>
        <p className="definition">Each piece of content the request targeted, and what the platform did with it.</p>
        {form.items.map((item, i) => (
          <ItemFields
            // biome-ignore lint/suspicious/noArrayIndexKey: an item's position is its identity until saved
            key={i}
            index={i}
            item={item}
            errors={errors}
            timeZone={form.timeZone}
            onChange={(next) => setItem(i, next)}
            onRemove={
              form.items.length > 1 ? () => update({ ...form, items: form.items.filter((_, j) => j !== i) }) : undefined
            }
          />
        ))}
        <button type="button" onClick={() => update({ ...form, items: [...form.items, emptyItem(form.items.length)] })}>
          Add an item
        </button>
      </section>
      <div className="entry-actions">
        <button type="submit" className="primary" disabled={submit.isPending}>
          {submit.isPending ? 'Saving…' : 'Save the request'}
        </button>
        <button
          type="button"
          onClick={() => {
            clearDraft(me.email);
            setForm(fresh());
            setProblems(null);
          }}
        >
          Clear the form
        </button>
        <span className="hint">The draft is kept in this tab until you save or clear it.</span>
      </div>
    </form>
  );
}
