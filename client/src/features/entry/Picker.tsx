/**
 * A combobox that searches as one types (WAI-ARIA 1.2 combobox with a listbox popup): ↓/↑ move
 * through the options, Enter picks, Escape closes. The last option adds the typed text as a new
 * entry, so a name the catalogue lacks is never a dead end.
 */
import { type KeyboardEvent, useState } from 'react';

export interface PickerOption<T> {
  key: string;
  label: string;
  detail?: string;
  value: T;
}

interface Props<T> {
  id: string;
  label: string;
  /** What the search box holds: the reader's words. */
  text: string;
  onText: (text: string) => void;
  options: PickerOption<T>[];
  loading: boolean;
  onPick: (value: T) => void;
  /** "Add new agency", completed with the typed text. */
  addLabel: string;
  onAdd: (text: string) => void;
  hint?: string;
  invalid?: boolean;
  describedBy?: string;
}

export function Picker<T>(props: Props<T>) {
  const { id, text, options } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = text.trim();
  const rows = typed ? [...options, null] : options;
  const listId = `${id}-options`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const pick = (i: number) => {
    const row = rows[i];
    if (row === undefined) return;
    if (row === null) props.onAdd(typed);
    else props.onPick(row.value);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, rows.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      // Enter picks in the list; it never submits the form from the search box.
      e.preventDefault();
      if (open && rows.length > 0) pick(Math.min(active, rows.length - 1));
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const expanded = open && rows.length > 0;
  const describedBy = [props.hint ? `${id}-hint` : '', props.describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className="picker">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(Math.min(active, rows.length - 1)) : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={describedBy || undefined}
        value={text}
        onChange={(e) => {
          props.onText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        // A click on an option lands before the blur closes the list (onMouseDown below).
        onBlur={() => setOpen(false)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`${props.label}: suggestions`}
        className="picker-options"
        hidden={!expanded}
      >
        {rows.map((row, i) => (
          <div
            key={row ? row.key : 'add'}
            id={optionId(i)}
            role="option"
            // Focus stays in the search box (aria-activedescendant); options are reached by arrow keys.
            tabIndex={-1}
            aria-selected={i === active}
            className={row ? undefined : 'picker-add'}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(i);
            }}
          >
            {row ? (
              <>
                {row.label}
                {row.detail && <span className="muted"> · {row.detail}</span>}
              </>
            ) : (
              <>
                {props.addLabel} “{typed}”
              </>
            )}
          </div>
        ))}
      </div>
      {expanded && props.loading && <p className="hint">Searching…</p>}
    </div>
  );
}
