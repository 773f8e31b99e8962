/** Sources: where records come from. Their kind, licence, URL and notes can be corrected; names stay. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SourceEntry } from '../../../../shared/catalog.ts';
import { SOURCE_KINDS, type SourceKind } from '../../../../shared/enums.ts';
import { formatCount, humanize } from '../../../../shared/format.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import { Field } from './Field.tsx';
import { fieldErrorsOf } from './field-errors.data.ts';
import { refusalSentence } from './form-sentence.data.ts';
import { refreshEverything } from './refresh.ts';
import { useDone } from './use-done.ts';

export function SourcesEditor() {
  const sources = useQuery(trpc.catalog.sources.queryOptions());
  const [editing, setEditing] = useState<SourceEntry | null>(null);
  const { heading, done, setDone } = useDone();
  const state = sources.isPending ? 'loading' : sources.isError ? 'error' : 'ready';
  return (
    <section className="card" data-state={state} aria-labelledby="sources-title">
      <h2 id="sources-title" ref={heading} tabIndex={-1}>
        Sources
      </h2>
      <p className="definition">Every record names its source; charts list the sources they draw on.</p>
      <p role="status" className={done ? 'done-note' : undefined}>
        {done ?? ''}
      </p>
      {editing && (
        <SourceForm
          key={editing.name}
          source={editing}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      )}
      {sources.isPending && <p className="state">Loading the sources…</p>}
      {sources.isError && (
        <p className="state error">The sources could not be loaded: {describeError(sources.error)}.</p>
      )}
      {sources.data && (
        <div className="table-scroll">
          <table className="data-table stack-table">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Kind</th>
                <th scope="col">Licence</th>
                <th scope="col">Items</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sources.data.map((s) => (
                <tr key={s.name} data-source={s.name}>
                  <th scope="row">{s.url ? <a href={s.url}>{s.name}</a> : s.name}</th>
                  <td data-label="Kind">{humanize(s.kind)}</td>
                  <td data-label="Licence">{s.license ?? '—'}</td>
                  <td className="num" data-label="Items">
                    {formatCount(s.items)}
                  </td>
                  <td data-label="Actions">
                    <button type="button" onClick={() => setEditing(s)} aria-label={`Edit source ${s.name}`}>
                      Edit
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SourceForm({ source, onDone }: { source: SourceEntry; onDone: (message: string) => void }) {
  const update = useMutation({
    ...trpc.catalogAdmin.updateSource.mutationOptions(),
    onSuccess: () => {
      onDone(`Source ${source.name} saved.`);
      void refreshEverything();
    },
  });
  const errors = fieldErrorsOf(update.error);
  const form = useRef<HTMLFormElement>(null);
  // Opened from a row's button: the keyboard continues in the form.
  useEffect(() => form.current?.querySelector('select')?.focus(), []);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    update.mutate({
      name: source.name,
      kind: String(form.get('kind')) as SourceKind,
      url: value('url'),
      license: value('license'),
      notes: value('notes'),
    });
  };
  return (
    <form ref={form} className="catalogue-form" onSubmit={submit} aria-label={`Edit source ${source.name}`} noValidate>
      <Field id="source-kind" label={`Kind of ${source.name}`} error={errors.kind}>
        <select name="kind" defaultValue={source.kind}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {humanize(k)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="source-url" label="URL" hint="http:// or https://" error={errors.url}>
        <input name="url" type="url" defaultValue={source.url ?? ''} maxLength={2048} />
      </Field>
      <Field id="source-license" label="Licence" error={errors.license}>
        <input name="license" defaultValue={source.license ?? ''} maxLength={200} />
      </Field>
      <Field id="source-notes" label="Notes" error={errors.notes}>
        <textarea name="notes" defaultValue={source.notes ?? ''} maxLength={2000} rows={2} />
      </Field>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={update.isPending}>
          Save source
        </button>
        <button type="button" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
      {update.isError && (
        <p className="form-error" role="alert">
          {refusalSentence('Not saved', update.error, errors)}
        </p>
      )}
    </form>
  );
}
