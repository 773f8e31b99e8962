/** Google's removal reasons (detailed file, `Reason`) → our legal-category taxonomy. */
import type { LegalCategory } from '../../../shared/enums.ts';
import { headerKey } from './cells.ts';

/**
 * Labels as Google writes them. Older exports combine "Violence & Suicide Promotion" and
 * "Obscenity/Nudity & Adult Content"; the 2025 export splits both, so either spelling maps.
 */
export const GOOGLE_REASONS: Record<string, LegalCategory> = {
  Defamation: 'defamation_insult',
  'Privacy and Security': 'privacy',
  'National Security': 'national_security',
  'Hate Speech': 'hate_discord',
  'Government Criticism': 'government_criticism',
  'Religious Offense': 'religious_offense',
  'Obscenity/Nudity': 'obscenity_nudity',
  'Adult Content': 'obscenity_nudity',
  'Obscenity/Nudity & Adult Content': 'obscenity_nudity',
  'Drug Abuse': 'drugs',
  Fraud: 'fraud',
  'Regulated Goods and Services': 'regulated_goods',
  'Electoral Law': 'electoral_law',
  Violence: 'violence',
  // No self-harm category: Google itself groups suicide promotion with violence.
  'Suicide Promotion': 'violence',
  'Violence & Suicide Promotion': 'violence',
  'Bullying/Harassment': 'harassment',
  Copyright: 'copyright',
  Trademark: 'trademark',
  Impersonation: 'impersonation',
  'Reason Unspecified': 'unspecified',
  Other: 'other',
  'Business Complaints': 'other',
  'Geographical Dispute': 'other',
};

const byKey = new Map(Object.entries(GOOGLE_REASONS).map(([label, category]) => [headerKey(label), category]));

/** The category of a reason label (case and spacing ignored), or `undefined` when Google's label is new to us. */
export function googleReason(label: string): LegalCategory | undefined {
  return byKey.get(headerKey(label));
}
