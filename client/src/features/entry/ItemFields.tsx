/** One item of the request: what was targeted, where, whose, and what the platform did. */

import type { EntryItem } from '../../../../shared/entry-form.ts';
import { AUTHOR_KINDS, CONTENT_TYPES, OUTCOMES } from '../../../../shared/enums.ts';
import { humanize, outcomeLabel } from '../../../../shared/format.ts';
import { controlProps, EnumSelect, Field, FieldError, type FieldErrors } from './fields.tsx';
import { WhenField } from './WhenField.tsx';

interface Props {
  index: number;
  item: EntryItem;
  errors: FieldErrors;
  timeZone: string;
  onChange: (item: EntryItem) => void;
  onRemove?: () => void;
}

export function ItemFields({ index, item, errors, timeZone, onChange, onRemove }: Props) {
  const path = `items[${index}]`;
  return (
    <fieldset className="item-fields" data-item={index}>
      <legend>Item {index + 1}</legend>
      <FieldError errors={errors} path={path} />
      <div className="grid-fields">
        <Field errors={errors} path={`${path}.externalId`} label="Item id (yours)">
          <input
            type="text"
            {...controlProps(errors, `${path}.externalId`)}
            value={item.externalId}
            onChange={(e) => onChange({ ...item, externalId: e.target.value })}
          />
        </Field>
        <Field errors={errors} path={`${path}.contentType`} label="Content type">
          <EnumSelect
            errors={errors}
            path={`${path}.contentType`}
            values={CONTENT_TYPES}
            value={item.contentType}
            onChange={(contentType) => onChange({ ...item, contentType })}
            label={humanize}
          />
        </Field>
        <Field errors={errors} path={`${path}.contentUrl`} label="Content URL (optional)" className="span-2">
          <input
            type="url"
            inputMode="url"
            {...controlProps(errors, `${path}.contentUrl`)}
            value={item.contentUrl}
            placeholder="https://…"
            onChange={(e) => onChange({ ...item, contentUrl: e.target.value })}
          />
        </Field>
        <Field errors={errors} path={`${path}.authorKind`} label="Author">
          <EnumSelect
            errors={errors}
            path={`${path}.authorKind`}
            values={AUTHOR_KINDS}
            value={item.authorKind}
            onChange={(authorKind) => onChange({ ...item, authorKind })}
            label={humanize}
          />
        </Field>
        <Field errors={errors} path={`${path}.outcome`} label="Outcome">
          <EnumSelect
            errors={errors}
            path={`${path}.outcome`}
            values={OUTCOMES}
            value={item.outcome}
            onChange={(outcome) =>
              onChange({ ...item, outcome, decided: outcome === 'pending' ? { date: '', time: '' } : item.decided })
            }
            label={outcomeLabel}
          />
        </Field>
      </div>
      {item.outcome !== 'pending' && (
        <WhenField
          errors={errors}
          path={`${path}.decidedAt`}
          label="Decided on (optional)"
          value={item.decided}
          timeZone={timeZone}
          onChange={(decided) => onChange({ ...item, decided })}
        />
      )}
      {onRemove && (
        <button type="button" className="remove-item" onClick={onRemove}>
          Remove item {index + 1}
        </button>
      )}
    </fieldset>
  );
}
