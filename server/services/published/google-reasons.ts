/** Google's removal reasons (detailed file, `Reason`) → our legal-category taxonomy. */
import type { LegalCategory } from '../../../shared/enums.ts';
import { GOOGLE_REASONS } from '../../../shared/published-mappings.ts';
import { headerKey } from './cells.ts';

const byKey = new Map(Object.entries(GOOGLE_REASONS).map(([label, category]) => [headerKey(label), category]));

/** The category of a reason label (case and spacing ignored), or `undefined` when Google's label is new to us. */
export function googleReason(label: string): LegalCategory | undefined {
  return byKey.get(headerKey(label));
}
