/** A date and optional time read in the form's time zone, with the UTC instant it stands for shown beside it. */
import type { WallTime } from '../../../../shared/entry-form.ts';
import { zonedToUtc } from '../../../../shared/zoned-time.ts';
import { controlProps, FieldError, type FieldErrors, fieldId } from './fields.tsx';

interface Props {
  errors: FieldErrors;
  path: string;
  label: string;
  value: WallTime;
  timeZone: string;
  onChange: (value: WallTime) => void;
}

export function WhenField({ errors, path, label, value, timeZone, onChange }: Props) {
  const utc = value.date ? zonedToUtc(value.date, value.time, timeZone) : null;
  const utcId = `${fieldId(path)}-utc`;
  return (
    <fieldset className="field when">
      <legend>{label}</legend>
      <div className="when-row">
        <span className="when-part">
          <label htmlFor={fieldId(path)}>Date</label>
          <input
            type="date"
            {...controlProps(errors, path, utcId)}
            value={value.date}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
          />
        </span>
        <span className="when-part">
          <label htmlFor={`${fieldId(path)}-time`}>Time (optional)</label>
          <input
            type="time"
            id={`${fieldId(path)}-time`}
            aria-describedby={utcId}
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
          />
        </span>
      </div>
      <p className="hint num" id={utcId} data-utc={utc ?? ''}>
        {utc ? `${timeZone} · ${utc.slice(0, 16).replace('T', ' ')} UTC` : `In ${timeZone}; no time means midnight.`}
      </p>
      <FieldError errors={errors} path={path} />
    </fieldset>
  );
}
