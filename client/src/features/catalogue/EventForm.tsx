/** Adding or correcting a timeline event; the server's objections are shown at their fields. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef } from 'react';
import type { EventEntry } from '../../../../shared/catalog.ts';
import { LIMITS } from '../../../../shared/limits.ts';
import { trpc } from '../../lib/trpc.ts';
import { Field } from './Field.tsx';
import { fieldErrorsOf } from './field-errors.data.ts';
import { refusalSentence } from './form-sentence.data.ts';
import { refreshEverything } from './refresh.ts';

export function EventForm({ event, onDone }: { event: EventEntry | null; onDone: (message: string) => void }) {
  const sources = useQuery(trpc.catalog.sources.queryOptions());
  const form = useRef<HTMLFormElement>(null);
  // Opened from a button: the keyboard continues in the form.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
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
      ref={form}
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
          {refusalSentence('Not saved', write.error, errors)}
        </p>
      )}
    </form>
  );
}
