/** Record or correct an item's outcome (items.recordOutcome): outcome, basis and the decision date in an explicit zone. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { WallTime } from '../../../../../shared/entry-form.ts';
import { OUTCOME_BASES, OUTCOMES, type Outcome, type OutcomeBasis } from '../../../../../shared/enums.ts';
import { humanize, outcomeLabel } from '../../../../../shared/format.ts';
import { RecordOutcomeInput } from '../../../../../shared/ingest.ts';
import type { ItemDetailView } from '../../../../../shared/item-detail.ts';
import { utcToZoned, zonedToUtc } from '../../../../../shared/zoned-time.ts';
import { trpc } from '../../../lib/trpc.ts';
import { EnumSelect, Field } from '../fields.tsx';
import { browserTimeZone, TimeZoneSelect } from '../TimeZoneSelect.tsx';
import { WhenField } from '../WhenField.tsx';
import { errorsOf, itemKeys, localProblems, refreshAfterWrite, serverProblems } from './action-form.ts';
import { FormErrors } from './FormErrors.tsx';

const SHOWN = ['outcome', 'outcomeBasis', 'decidedAt'];

export function OutcomeForm({ item, onDone }: { item: ItemDetailView; onDone: (message: string) => void }) {
  const id = useId();
  const [zone, setZone] = useState(browserTimeZone);
  const [outcome, setOutcome] = useState<Outcome>(
    item.outcome === 'pending' ? 'removed_global' : (item.outcome as Outcome),
  );
  const [basis, setBasis] = useState<OutcomeBasis | ''>((item.outcomeBasis as OutcomeBasis | null) ?? '');
  const [decided, setDecided] = useState<WallTime>(() =>
    item.decidedAt ? utcToZoned(item.decidedAt, zone) : { date: '', time: '' },
  );
  const [errors, setErrors] = useState(errorsOf([], SHOWN));
  const record = useMutation({
    ...trpc.items.recordOutcome.mutationOptions(),
    onSuccess: async () => {
      await refreshAfterWrite();
      onDone(`Outcome recorded: ${outcomeLabel(outcome).toLowerCase()}.`);
    },
    onError: (error) => setErrors(errorsOf(serverProblems(error), SHOWN)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      ...itemKeys(item),
      outcome,
      outcomeBasis: basis === '' ? null : basis,
      decidedAt:
        outcome === 'pending' || !decided.date ? null : (zonedToUtc(decided.date, decided.time, zone) ?? decided.date),
    };
    const problems = localProblems(RecordOutcomeInput.safeParse(input));
    setErrors(errorsOf(problems, SHOWN));
    if (problems.length === 0) record.mutate(input);
  };
  return (
    <form className="action-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`} data-form="outcome">
      <h4 id={`${id}-title`}>Record the outcome</h4>
      <FormErrors errors={errors} />
      <Field errors={errors} path="outcome" label="Outcome">
        <EnumSelect
          errors={errors}
          path="outcome"
          values={OUTCOMES}
          value={outcome}
          onChange={setOutcome}
          label={outcomeLabel}
        />
      </Field>
      <Field errors={errors} path="outcomeBasis" label="Basis of the decision">
        <EnumSelect
          errors={errors}
          path="outcomeBasis"
          values={OUTCOME_BASES}
          value={basis}
          onChange={setBasis}
          label={humanize}
          empty="Not stated"
        />
      </Field>
      {outcome !== 'pending' && (
        <>
          <TimeZoneSelect id={`${id}-zone`} value={zone} onChange={setZone} />
          <WhenField
            errors={errors}
            path="decidedAt"
            label="Decided on"
            value={decided}
            timeZone={zone}
            onChange={setDecided}
          />
        </>
      )}
      <button type="submit" className="primary" disabled={record.isPending}>
        {record.isPending ? 'Recording…' : 'Record the outcome'}
      </button>
    </form>
  );
}
