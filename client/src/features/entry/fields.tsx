/** Labelled controls whose errors are read with them: every field named by its API problem path. */
import type { ReactNode } from 'react';
import './fields.css';

/** `items[0].contentUrl` → `entry-items-0-contentUrl`: a stable element id per problem path. */
export const fieldId = (path: string) => `entry-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

export type FieldErrors = ReadonlyMap<string, string[]>;

/** id, aria-invalid and aria-describedby for the control of `path`. */
export function controlProps(errors: FieldErrors, path: string, hint?: string) {
  const invalid = errors.has(path);
  const describedBy = [hint, invalid ? errorId(path) : undefined].filter(Boolean).join(' ');
  return {
    id: fieldId(path),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
  };
}

export function FieldError({ errors, path }: { errors: FieldErrors; path: string }) {
  const messages = errors.get(path);
  if (!messages) return null;
  return (
    <p className="field-error" id={errorId(path)}>
      {messages.join('; ')}
    </p>
  );
}

interface FieldProps {
  errors: FieldErrors;
  path: string;
  label: string;
  children: ReactNode;
  className?: string;
}

/** Label, control (built with controlProps) and the field's error under it. */
export function Field({ errors, path, label, children, className }: FieldProps) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {children}
      <FieldError errors={errors} path={path} />
    </div>
  );
}

/** A select of enumerated wire values with readable labels. */
export function EnumSelect<T extends string>(props: {
  errors: FieldErrors;
  path: string;
  values: readonly T[];
  value: T | '';
  onChange: (value: T) => void;
  label: (value: T) => string;
  empty?: string;
}) {
  return (
    <select
      {...controlProps(props.errors, props.path)}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as T)}
    >
      {props.empty !== undefined && <option value="">{props.empty}</option>}
      {props.values.map((v) => (
        <option key={v} value={v}>
          {props.label(v)}
        </option>
      ))}
    </select>
  );
}
