/**
 * Record an appeal, or the decision on one already recorded (appeals.record is idempotent on the
 * appeal's id): who appealed where, when it was filed and decided, in an explicit zone.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { WallTime } from '../../../../../shared/entry-form.ts';
import { APPEAL_OUTCOMES, APPEAL_VENUES, APPELLANTS } from '../../../../../shared/enums.ts';
import { humanize } from '../../../../../shared/format.ts';
import { RecordAppealInput } from '../../../../../shared/ingest.ts';
import type { ItemDetailView } from '../../../../../shared/item-detail.ts';
import { zonedToUtc } from '../../../../../shared/zoned-time.ts';
import { trpc } from '../../../lib/trpc.ts';
import { controlProps, EnumSelect, Field } from '../fields.tsx';
import { browserTimeZone, TimeZoneSelect } from '../TimeZoneSelect.tsx';
import { WhenField } from '../WhenField.tsx';
import { errorsOf, itemKeys, localProblems, refreshAfterWrite, serverProblems } from './action-form.ts';
import { type AppealDraft, appealDraft } from './appeal-draft.data.ts';
import { FormErrors } from './FormErrors.tsx';

const SHOWN = [
  'appeal.externalId',
  'appeal.appellant',
  'appeal.venue',
  'appeal.filedAt',
  'appeal.outcome',
  'appeal.decidedAt',
];

export function AppealForm({ item, onDone }: { item: ItemDetailView; onDone: (message: string) => void }) {
  const id = useId();
  const [zone, setZone] = useState(browserTimeZone);
  const [which, setWhich] = useState('');
  const [draft, setDraft] = useState<AppealDraft>(() => appealDraft(undefined, item.appeals.length + 1, zone));
  const [errors, setErrors] = useState(errorsOf([], SHOWN));
  const record = useMutation({
    ...trpc.appeals.record.mutationOptions(),
    onSuccess: async () => {
      await refreshAfterWrite();
      onDone(`Appeal ${draft.externalId} recorded (${humanize(draft.outcome).toLowerCase()}).`);
    },
    onError: (error) => setErrors(errorsOf(serverProblems(error), SHOWN)),
  });
  const instant = (w: WallTime) => (w.date ? (zonedToUtc(w.date, w.time, zone) ?? w.date) : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      ...itemKeys(item),
      appeal: {
        externalId: draft.externalId.trim(),
        appellant: draft.appellant || null,
        venue: draft.venue || null,
        filedAt: instant(draft.filed),
        outcome: draft.outcome,
        decidedAt: draft.outcome === 'pending' ? null : instant(draft.decided),
      },
    };
    const problems = localProblems(RecordAppealInput.safeParse(input));
    setErrors(errorsOf(problems, SHOWN));
    if (problems.length === 0) record.mutate(input);
  };
  const set = (patch: Partial<AppealDraft>) => setDraft({ ...draft, ...patch });
  return (
    <form className="action-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`} data-form="appeal">
      <h4 id={`${id}-title`}>Record an appeal or its decision</h4>
      <FormErrors errors={errors} />
      {item.appeals.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-which`}>Appeal</label>
          <select
            id={`${id}-which`}
            value={which}
            onChange={(e) => {
              setWhich(e.target.value);
              setDraft(
                appealDraft(
                  item.appeals.find((a) => a.externalId === e.target.value),
                  item.appeals.length + 1,
                  zone,
                ),
              );
            }}
          >
            <option value="">A new appeal</option>
            {item.appeals.map((a) => (
              <option key={a.externalId} value={a.externalId}>
                {a.externalId} ({humanize(a.outcome).toLowerCase()})
              </option>
            ))}
          </select>
        </div>
      )}
      <Field errors={errors} path="appeal.externalId" label="Appeal id (yours)">
        <input
          type="text"
          {...controlProps(errors, 'appeal.externalId')}
          readOnly={which !== ''}
          value={draft.externalId}
          onChange={(e) => set({ externalId: e.target.value })}
        />
      </Field>
      <Field errors={errors} path="appeal.appellant" label="Appellant">
        <EnumSelect
          errors={errors}
          path="appeal.appellant"
          values={APPELLANTS}
          value={draft.appellant}
          onChange={(appellant) => set({ appellant })}
          label={humanize}
          empty="Not known"
        />
      </Field>
      <Field errors={errors} path="appeal.venue" label="Where it was filed">
        <EnumSelect
          errors={errors}
          path="appeal.venue"
          values={APPEAL_VENUES}
          value={draft.venue}
          onChange={(venue) => set({ venue })}
          label={humanize}
          empty="Not known"
        />
      </Field>
      <TimeZoneSelect id={`${id}-zone`} value={zone} onChange={setZone} />
      <WhenField
        errors={errors}
        path="appeal.filedAt"
        label="Filed on (optional)"
        value={draft.filed}
        timeZone={zone}
        onChange={(filed) => set({ filed })}
      />
      <Field errors={errors} path="appeal.outcome" label="Decision">
        <EnumSelect
          errors={errors}
          path="appeal.outcome"
          values={APPEAL_OUTCOMES}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          label={humanize}
        />
      </Field>
      {draft.outcome !== 'pending' && (
        <WhenField
          errors={errors}
          path="appeal.decidedAt"
          label="Decided on (optional)"
          value={draft.decided}
          timeZone={zone}
          onChange={(decided) => set({ decided })}
        />
      )}
      <button type="submit" className="primary" disabled={record.isPending}>
        {record.isPending ? 'Recording…' : 'Record the appeal'}
      </button>
    </form>
  );
}
