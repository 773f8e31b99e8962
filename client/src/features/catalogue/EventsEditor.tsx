/** Timeline events (a law adopted, an election, a platform agreement): add, correct, delete. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventEntry } from '../../../../shared/catalog.ts';
import { describeError } from '../../lib/errors.ts';
import { trpc } from '../../lib/trpc.ts';
import { EventForm } from './EventForm.tsx';
import { refreshEverything } from './refresh.ts';
import { useDone } from './use-done.ts';

export function EventsEditor() {
  const events = useQuery(trpc.catalog.events.queryOptions({}));
  const [editing, setEditing] = useState<EventEntry | 'new' | null>(null);
  const { heading, done, setDone } = useDone();
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
      <h2 id="events-title" ref={heading} tabIndex={-1}>
        Timeline events
      </h2>
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
                <EventRow
                  key={e.id}
                  event={e}
                  pending={remove.isPending}
                  onEdit={() => setEditing(e)}
                  onDelete={() => remove.mutate({ id: e.id })}
                />
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

interface RowProps {
  event: EventEntry;
  pending: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

function EventRow({ event: e, pending, onEdit, onDelete }: RowProps) {
  const [asking, setAsking] = useState(false);
  return (
    <tr data-event={e.id}>
      <td className="day" data-label="Date">
        {e.date}
      </td>
      <th scope="row">{e.url ? <a href={e.url}>{e.title}</a> : e.title}</th>
      <td data-label="Jurisdiction">{e.jurisdiction ?? 'all'}</td>
      <td data-label="Source">{e.source ?? '—'}</td>
      <td data-label="Actions">
        {asking ? (
          <fieldset className="confirm">
            <legend>Delete “{e.title}”?</legend>
            <div className="row-actions">
              <button type="button" className="danger" disabled={pending} onClick={onDelete}>
                Delete
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                Keep
              </button>
            </div>
          </fieldset>
        ) : (
          <div className="row-actions">
            <button type="button" onClick={onEdit} aria-label={`Edit event ${e.title}`}>
              Edit
            </button>
            <button type="button" onClick={() => setAsking(true)} aria-label={`Delete event ${e.title}…`}>
              Delete…
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
