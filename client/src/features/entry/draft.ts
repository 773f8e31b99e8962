/**
 * The form's draft, kept in sessionStorage while the form is open (a reload of /enter restores it),
 * per signed-in account, and cleared once the request is saved.
 */
import type { EntryForm } from '../../../../shared/entry-form.ts';

const keyOf = (account: string) => `tm-entry-draft:${account}`;

export function loadDraft(account: string): EntryForm | null {
  try {
    const text = sessionStorage.getItem(keyOf(account));
    if (!text) return null;
    const draft = JSON.parse(text) as EntryForm;
    // A draft of an older form shape is dropped rather than half restored.
    return Array.isArray(draft.items) && Array.isArray(draft.legalBases) && draft.submitted ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(account: string, form: EntryForm): void {
  try {
    sessionStorage.setItem(keyOf(account), JSON.stringify(form));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

export function clearDraft(account: string): void {
  try {
    sessionStorage.removeItem(keyOf(account));
  } catch {
    // As above.
  }
}
