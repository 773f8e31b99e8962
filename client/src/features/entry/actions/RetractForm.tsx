/** Retract the item's request with a reason (requests.retract): it leaves every figure but stays, audited. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { RetractInput } from '../../../../../shared/ingest.ts';
import type { ItemDetailView } from '../../../../../shared/item-detail.ts';
import { trpc } from '../../../lib/trpc.ts';
import { controlProps, Field } from '../fields.tsx';
import { errorsOf, localProblems, refreshAfterWrite, serverProblems } from './action-form.ts';
import { FormErrors } from './FormErrors.tsx';

const SHOWN = ['reason'];

export function RetractForm({ item, onDone }: { item: ItemDetailView; onDone: (message: string) => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState(errorsOf([], SHOWN));
  const retract = useMutation({
    ...trpc.requests.retract.mutationOptions(),
    onSuccess: async () => {
      await refreshAfterWrite();
      onDone(`Request ${item.request.externalId} retracted: it no longer counts in any figure.`);
    },
    onError: (error) => setErrors(errorsOf(serverProblems(error), SHOWN)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { source: item.request.source, externalId: item.request.externalId, reason };
    const problems = localProblems(RetractInput.safeParse(input));
    setErrors(errorsOf(problems, SHOWN));
    if (problems.length === 0) retract.mutate(input);
  };
  return (
    <form className="action-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`} data-form="retract">
      <h4 id={`${id}-title`}>Retract request {item.request.externalId}</h4>
      <p className="hint">
        All its items leave every figure and list. The record stays, with the reason, in the audit trail.
      </p>
      <FormErrors errors={errors} />
      <Field errors={errors} path="reason" label="Reason for the retraction">
        <textarea
          rows={2}
          {...controlProps(errors, 'reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <button type="submit" className="danger" disabled={retract.isPending}>
        {retract.isPending ? 'Retracting…' : 'Retract the request'}
      </button>
    </form>
  );
}
