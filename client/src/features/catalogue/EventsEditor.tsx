/** Timeline events (a law adopted, an election, a platform agreement): add, correct, delete. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { EventEntry } from '../../../../shared/catalog.ts';
import { LIMITS } from '../../../../shared/limits.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import { Field } from './Field.tsx';
import { fieldErrorsOf } from './field-errors.data.ts';
import { refreshEverything } from './refresh.ts';

export function EventsEditor() {
  const events = useQuery(trpc.catalog.events.queryOptions({}));
  const [editing, setEditing] = useState<EventEntry | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = useMutation({
    ...trpc.catalogAdmin.deleteEvent.mutationOptions(),
    onSuccess: () => {
      setDone('Event deleted.');
      void refreshEverything();
    },
  });
  const state = events.isPending ? 'loading' : events.isError ? 'error' : events.data.length === 0 ? 'empty' : 'ready';
  return (
    <section className="card" data-state={state} aria-labelledby="events-title">
      <h2 id="events-title">Timeline events</h2>
      <p className="definition">Annotations on the volume chart. They are not records and carry no counts.</p>
      <p role="status" className={done ? 'done-note' : undefined}>
        {done ?? ''}
      </p>
      {editing ? (
        <EventForm
          key={editing === 'new' ? 'new' : editing.id}
          event={editing === 'new' ? null : editing}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          Add an event
        </button>
      )}
      {events.isPending && <p className="state">Loading the events…</p>}
      {events.isError && <p className="state error">The events could not be loaded: {describeError(events.error)}.</p>}
      {state === 'empty' && <p className="state">No events yet.</p>}
      {events.data && events.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table stack-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Source</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {events.data.map((e) => (
                <tr key={e.id} data-event={e.id}>
                  <td className="day" data-label="Date">
                    {e.date}
                  </td>
                  <th scope="row">{e.url ? <a href={e.url}>{e.title}</a> : e.title}</th>
                  <td data-label="Jurisdiction">{e.jurisdiction ?? 'all'}</td>
                  <td data-label="Source">{e.source ?? '—'}</td>
                  <td data-label="Actions">
                    <div className="row-actions">
                      <button type="button" onClick={() => setEditing(e)} aria-label={`Edit event ${e.title}`}>
                        Edit
                      </button>
                      <button
                        type="button"
                        className="danger"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ id: e.id })}
                        aria-label={`Delete event ${e.title}`}
                      >
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.isError && (
        <p className="form-error" role="alert">
          Not deleted: {describeError(remove.error)}.
        </p>
      )}
    </section>
  );
}

function EventForm({ event, onDone }: { event: EventEntry | null; onDone: (message: string) => void }) {
  const sources = useQuery(trpc.catalog.sources.queryOptions());
  const options = {
    onSuccess: () => {
      onDone(event ? 'Event saved.' : 'Event added.');
      void refreshEverything();
    },
  };
  const create = useMutation({ ...trpc.catalogAdmin.createEvent.mutationOptions(), ...options });
  const update = useMutation({ ...trpc.catalogAdmin.updateEvent.mutationOptions(), ...options });
  const write = event ? update : create;
  const errors = fieldErrorsOf(write.error);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const fields = {
      date: value('date'),
      jurisdiction: value('jurisdiction').toUpperCase() || null,
      title: value('title'),
      url: value('url') || null,
      source: value('source') || null,
    };
    if (event) update.mutate({ id: event.id, ...fields });
    else create.mutate(fields);
  };
  return (
    <form
      className="catalogue-form"
      onSubmit={submit}
      aria-label={event ? `Edit event ${event.title}` : 'New event'}
      noValidate
    >
      <Field id="event-date" label="Date" error={errors.date}>
        <input name="date" type="date" defaultValue={event?.date ?? ''} required />
      </Field>
      <Field id="event-title" label="Title" error={errors.title}>
        <input name="title" defaultValue={event?.title ?? ''} maxLength={LIMITS.title} required />
      </Field>
      <Field
        id="event-jurisdiction"
        label="Jurisdiction (blank: all)"
        hint="Two letters, e.g. KZ"
        error={errors.jurisdiction}
      >
        <input name="jurisdiction" defaultValue={event?.jurisdiction ?? ''} maxLength={2} autoComplete="off" />
      </Field>
      <Field id="event-url" label="Link (optional)" hint="http:// or https://" error={errors.url}>
        <input name="url" type="url" defaultValue={event?.url ?? ''} maxLength={LIMITS.url} />
      </Field>
      <Field id="event-source" label="Source (optional)" error={errors.source}>
        <select name="source" defaultValue={event?.source ?? ''}>
          <option value="">None</option>
          {(sources.data ?? []).map((s) => (
            <option key={s.name}>{s.name}</option>
          ))}
        </select>
      </Field>
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={write.isPending}>
          {event ? 'Save event' : 'Add event'}
        </button>
        <button type="button" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
      {write.isError && (
        <p className="form-error" role="alert">
          Not saved: {describeError(write.error)}.
        </p>
      )}
    </form>
  );
}
