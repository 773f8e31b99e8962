/** The sentence above an action form when it was refused, with the problems no field shows. */
import type { FieldErrors } from '../fields.tsx';

export function FormErrors({ errors }: { errors: FieldErrors }) {
  if (errors.size === 0) return null;
  const general = errors.get('') ?? [];
  return (
    <div className="form-error" role="alert">
      <p>Nothing was recorded: correct the fields marked below.</p>
      {general.length > 0 && (
        <ul>
          {general.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
