/** A keyboard-usable multi-select: a disclosure with a filter box and checkboxes. */
import { useId, useState } from 'react';
import { formatCount } from '../../../shared/format.ts';

export interface MultiSelectOption {
  value: string | number;
  label: string;
  items?: number;
}

interface Props {
  label: string;
  options: MultiSelectOption[];
  selected: readonly (string | number)[];
  onChange: (values: (string | number)[]) => void;
}

export function MultiSelect({ label, options, selected, onChange }: Props) {
  const [needle, setNeedle] = useState('');
  const id = useId();
  const shown = options.filter((o) => o.label.toLowerCase().includes(needle.toLowerCase())).slice(0, 200);
  const toggle = (value: string | number) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details className="multi" data-filter={label}>
      <summary>
        {label}
        {selected.length > 0 && <span className="badge">{selected.length}</span>} ▾
      </summary>
      <div className="multi-panel">
        {options.length > 8 && (
          <input
            type="search"
            aria-label={`Find a ${label.toLowerCase()}`}
            placeholder={`Find a ${label.toLowerCase()}…`}
            value={needle}
            onChange={(e) => setNeedle(e.target.value)}
          />
        )}
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {shown.length === 0 && <p className="muted">Nothing matches “{needle}”.</p>}
          {shown.map((o, i) => (
            <label key={String(o.value)} htmlFor={`${id}-${i}`}>
              <input
                id={`${id}-${i}`}
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={() => toggle(o.value)}
              />
              <span>{o.label}</span>
              {o.items !== undefined && <span className="muted num">{formatCount(o.items)}</span>}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
