/**
 * How publishers' own labels map to our vocabulary: one table each, read by the importers
 * (server/services/published) and rendered by the Methodology page, so the two cannot drift.
 */
import type { LegalCategory } from './enums.ts';
import { humanize } from './format.ts';
import type { RequesterKind } from './published.ts';

/** Display names of the publishers the importers know; the catalogue stays open to others. */
export const PUBLISHER_NAMES: Readonly<Record<string, string>> = {
  google: 'Google',
  x: 'X (formerly Twitter)',
  meta: 'Meta',
  tiktok: 'TikTok',
  aliexpress: 'AliExpress',
  pinterest: 'Pinterest',
  microsoft: 'Microsoft',
  snap: 'Snap',
  amazon: 'Amazon',
};

export function publisherName(slug: string): string {
  return PUBLISHER_NAMES[slug] ?? humanize(slug);
}

/**
 * Google's requester labels as Google writes them (matched without case or spacing; the label is
 * stored verbatim beside the kind). A label new to us imports as `other` with a warning.
 */
export const GOOGLE_REQUESTER_KINDS: Readonly<Record<string, RequesterKind>> = {
  'Court Order Directed at 3rd Party': 'court',
  'Court Order Directed at Google': 'court',
  'Suppression Orders': 'court',
  'Government Officials': 'executive',
  Police: 'police',
  'Information and Communications Authority': 'regulator',
  'Information and Communications Authority Under Federal Law 276-FZ': 'regulator',
  'Data Protection Authority': 'regulator',
  'Consumer Protection Authority': 'regulator',
  Military: 'military',
  Other: 'other',
};

/**
 * Google's removal reasons (detailed file, `Reason`) as Google writes them. Older exports combine
 * "Violence & Suicide Promotion" and "Obscenity/Nudity & Adult Content"; the 2025 export splits
 * both, so either spelling maps.
 */
export const GOOGLE_REASONS: Readonly<Record<string, LegalCategory>> = {
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

/** DSA categories of illegal content (`STATEMENT_CATEGORY_*`, prefix removed) → our legal categories. */
export const DSA_CATEGORIES: Readonly<Record<string, LegalCategory>> = {
  ANIMAL_WELFARE: 'other',
  CONSUMER_INFORMATION: 'other',
  CYBER_VIOLENCE: 'harassment',
  CYBER_VIOLENCE_AGAINST_WOMEN: 'harassment',
  DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: 'privacy',
  ILLEGAL_OR_HARMFUL_SPEECH: 'hate_discord',
  INTELLECTUAL_PROPERTY_INFRINGEMENTS: 'copyright',
  NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: 'electoral_law',
  PROTECTION_OF_MINORS: 'child_safety',
  RISK_FOR_PUBLIC_SECURITY: 'national_security',
  SCAMS_AND_FRAUD: 'fraud',
  SELF_HARM: 'other',
  UNSAFE_AND_PROHIBITED_PRODUCTS: 'regulated_goods',
  VIOLENCE: 'violence',
  NOT_SPECIFIED_ORDER: 'unspecified',
  NOT_SPECIFIED_NOTICE: 'unspecified',
  // Codes of the 2023 taxonomy, still seen in older statements of reasons.
  PORNOGRAPHY_OR_SEXUALIZED_CONTENT: 'obscenity_nudity',
  NON_CONSENSUAL_BEHAVIOUR: 'privacy',
  SCOPE_OF_PLATFORM_SERVICE: 'other',
};

/**
 * DSA keywords (`KEYWORD_*`, prefix removed) where their meaning is narrower than their category
 * (KEYWORD_DEFAMATION under ILLEGAL_OR_HARMFUL_SPEECH); "other" keywords take their category's.
 */
export const DSA_KEYWORDS: Readonly<Record<string, LegalCategory>> = {
  ANIMAL_HARM: 'other',
  UNLAWFUL_SALE_ANIMALS: 'regulated_goods',
  HIDDEN_ADVERTISEMENT: 'other',
  INSUFFICIENT_INFORMATION_ON_TRADERS: 'other',
  MISLEADING_INFO_GOODS_SERVICES: 'fraud',
  MISLEADING_INFO_CONSUMER_RIGHTS: 'fraud',
  NONCOMPLIANCE_PRICING: 'other',
  CYBER_BULLYING_INTIMIDATION: 'harassment',
  CYBER_HARASSMENT: 'harassment',
  CYBER_INCITEMENT: 'harassment',
  CYBER_STALKING: 'harassment',
  NON_CONSENSUAL_IMAGE_SHARING: 'privacy',
  NON_CONSENSUAL_MATERIAL_DEEPFAKE: 'privacy',
  BULLYING_AGAINST_GIRLS: 'harassment',
  CYBER_HARASSMENT_AGAINST_WOMEN: 'harassment',
  CYBER_STALKING_AGAINST_WOMEN: 'harassment',
  FEMALE_GENDERED_DISINFORMATION: 'misinformation',
  INCITEMENT_AGAINST_WOMEN: 'hate_discord',
  NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN: 'privacy',
  NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN: 'privacy',
  BIOMETRIC_DATA_BREACH: 'privacy',
  DATA_FALSIFICATION: 'privacy',
  MISSING_PROCESSING_GROUND: 'privacy',
  RIGHT_TO_BE_FORGOTTEN: 'privacy',
  DEFAMATION: 'defamation_insult',
  DISCRIMINATION: 'hate_discord',
  HATE_SPEECH: 'hate_discord',
  COPYRIGHT_INFRINGEMENT: 'copyright',
  DESIGN_INFRINGEMENT: 'copyright',
  GEOGRAPHIC_INDICATIONS_INFRINGEMENT: 'trademark',
  PATENT_INFRINGEMENT: 'copyright',
  TRADE_SECRET_INFRINGEMENT: 'copyright',
  TRADEMARK_INFRINGEMENT: 'trademark',
  MISINFORMATION_DISINFORMATION: 'misinformation',
  VIOLATION_EU_LAW: 'electoral_law',
  VIOLATION_NATIONAL_LAW: 'electoral_law',
  AGE_SPECIFIC_RESTRICTIONS_MINORS: 'child_safety',
  CHILD_SEXUAL_ABUSE_MATERIAL: 'child_safety',
  CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE: 'child_safety',
  GROOMING_SEXUAL_ENTICEMENT_MINORS: 'child_safety',
  UNSAFE_CHALLENGES: 'child_safety',
  ILLEGAL_ORGANIZATIONS: 'national_security',
  RISK_ENVIRONMENTAL_DAMAGE: 'other',
  RISK_PUBLIC_HEALTH: 'other',
  TERRORIST_CONTENT: 'extremism_terrorism',
  IMPERSONATION_ACCOUNT_HIJACKING: 'impersonation',
  INAUTHENTIC_ACCOUNTS: 'impersonation',
  INAUTHENTIC_LISTINGS: 'fraud',
  INAUTHENTIC_USER_REVIEWS: 'fraud',
  PHISHING: 'fraud',
  PYRAMID_SCHEMES: 'fraud',
  CONTENT_PROMOTING_EATING_DISORDERS: 'other',
  SELF_MUTILATION: 'other',
  SUICIDE: 'other',
  PROHIBITED_PRODUCTS: 'regulated_goods',
  UNSAFE_PRODUCTS: 'regulated_goods',
  COORDINATED_HARM: 'violence',
  INCITEMENT_VIOLENCE_HATRED: 'violence',
  HUMAN_EXPLOITATION: 'violence',
  HUMAN_TRAFFICKING: 'violence',
  TRAFFICKING_WOMEN_GIRLS: 'violence',
  ADULT_SEXUAL_MATERIAL: 'obscenity_nudity',
  IMAGE_BASED_SEXUAL_ABUSE: 'privacy',
};
