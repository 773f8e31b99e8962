/**
 * DSA statement-of-reasons taxonomy codes (`STATEMENT_CATEGORY_*`, `KEYWORD_*`) → our legal
 * categories. Keywords map on their own where their meaning is narrower than their category
 * (KEYWORD_DEFAMATION under ILLEGAL_OR_HARMFUL_SPEECH); "other" keywords take their category's.
 */
import type { LegalCategory } from '../../../shared/enums.ts';

const CATEGORIES: Record<string, LegalCategory> = {
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

const KEYWORDS: Record<string, LegalCategory> = {
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

/** `KEYWORD_OTHER`, and publishers' own `KEYWORD_OTHER_*` sub-categories (Facebook's KEYWORD_OTHER_SPAM). */
export function isOtherKeyword(code: string): boolean {
  return code === 'KEYWORD_OTHER' || code.startsWith('KEYWORD_OTHER_');
}

/**
 * The legal category of a code, given the category code above it (for "other" keywords);
 * `null` for `TOTAL`, `undefined` when the code is not in the taxonomy.
 */
export function dsaReason(code: string, parent: string | null): LegalCategory | null | undefined {
  if (code === 'TOTAL') return null;
  if (isOtherKeyword(code)) return parent ? (dsaReason(parent, null) ?? undefined) : undefined;
  if (code.startsWith('STATEMENT_CATEGORY_')) return CATEGORIES[code.slice('STATEMENT_CATEGORY_'.length)];
  if (code.startsWith('KEYWORD_')) return KEYWORDS[code.slice('KEYWORD_'.length)];
  return undefined;
}
