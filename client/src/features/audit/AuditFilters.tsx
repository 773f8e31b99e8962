/** Filter bar of the audit page: actor, record (entity + key), action, days from/to. Applied on submit. */
import { type FormEvent, useState } from 'react';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditListInput } from '../../../../shared/audit.ts';
import { humanize } from '../../../../shared/format.ts';
import { dayRange } from './audit-format.data.ts';

type Filters = Omit<AuditListInput, 'cursor' | 'limit'>;

export function AuditFilters({ onApply }: { onApply: (filters: Filters) => void }) {
  const [keyError, setKeyError] = useState(false);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const entity = text('entity') as Filters['entity'] | '';
    const action = text('action') as Filters['action'] | '';
    // A key alone is ambiguous (`user:3` is both a user and its sessions): the kind must be chosen.
    setKeyError(Boolean(text('entityKey') && !entity));
    if (text('entityKey') && !entity) return;
    onApply({
      ...(text('actor') ? { actor: text('actor') } : {}),
      ...(entity ? { entity } : {}),
      ...(entity && text('entityKey') ? { entityKey: text('entityKey') } : {}),
      ...(action ? { action } : {}),
      ...dayRange(text('from'), text('to')),
    });
  };
  return (
    <search>
      <form
        className="card audit-filters"
        onSubmit={submit}
        onReset={() => {
          setKeyError(false);
          onApply({});
        }}
        aria-label="Filter entries"
      >
        <label>
          <span className="field-label">Actor</span>
          <input name="actor" placeholder="user:3, token:5, cli:import" />
        </label>
        <label>
          <span className="field-label">Record kind</span>
          <select name="entity" defaultValue="">
            <option value="">any</option>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {humanize(e).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">Record key</span>
          <input
            name="entityKey"
            placeholder="monitor-a/kz-1, token:5"
            aria-invalid={keyError || undefined}
            aria-describedby={keyError ? 'audit-key-error' : undefined}
          />
          {keyError && (
            <span className="field-error" id="audit-key-error" role="alert">
              Choose the record kind for this key.
            </span>
          )}
        </label>
        <label>
          <span className="field-label">Action</span>
          <select name="action" defaultValue="">
            <option value="">any</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {humanize(a).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">From (UTC day)</span>
          <input name="from" type="date" />
        </label>
        <label>
          <span className="field-label">To (UTC day, included)</span>
          <input name="to" type="date" />
        </label>
        <span className="form-buttons">
          <button type="submit" className="primary">
            Apply
          </button>
          <button type="reset">Clear</button>
        </span>
      </form>
    </search>
  );
}
