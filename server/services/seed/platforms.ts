/**
 * How each platform responds: relative compliance, typical decision delay and its long tail (items
 * escalated to legal review, requests never answered), whether it tells the user, what it hosts.
 */
import type { ContentType, LegalCategory } from '../../../shared/enums.ts';

export interface PlatformBehaviour {
  compliance: number;
  medianHours: number;
  /** Share of items sent to a slower legal review (weeks to months instead of hours to days). */
  legalReview: number;
  /** Share of items never answered (pending for ever). */
  unanswered: number;
  /** Probability that the author is told about an action. */
  notifies: number;
  content: Partial<Record<ContentType, number>>;
  /** Whether the Oversight Board is a venue for its appeals. */
  oversightBoard: boolean;
}

export const PLATFORMS: Record<string, PlatformBehaviour> = {
  facebook: {
    compliance: 1,
    medianHours: 36,
    legalReview: 0.06,
    unanswered: 0.008,
    notifies: 0.85,
    content: { post: 55, comment: 15, photo: 10, video: 8, page: 4, account: 4, group: 4 },
    oversightBoard: true,
  },
  instagram: {
    compliance: 1,
    medianHours: 30,
    legalReview: 0.06,
    unanswered: 0.008,
    notifies: 0.85,
    content: { post: 40, photo: 25, video: 15, story: 10, account: 10 },
    oversightBoard: true,
  },
  youtube: {
    compliance: 0.95,
    medianHours: 72,
    legalReview: 0.08,
    unanswered: 0.01,
    notifies: 0.8,
    content: { video: 85, channel: 10, comment: 5 },
    oversightBoard: false,
  },
  x: {
    compliance: 0.8,
    medianHours: 96,
    legalReview: 0.12,
    unanswered: 0.03,
    notifies: 0.7,
    content: { post: 85, account: 15 },
    oversightBoard: false,
  },
  tiktok: {
    compliance: 1.05,
    medianHours: 20,
    legalReview: 0.04,
    unanswered: 0.01,
    notifies: 0.6,
    content: { video: 90, account: 10 },
    oversightBoard: false,
  },
  telegram: {
    compliance: 0.4,
    medianHours: 240,
    legalReview: 0.2,
    unanswered: 0.12,
    notifies: 0.1,
    content: { channel: 50, post: 50 },
    oversightBoard: false,
  },
  vk: {
    compliance: 1.25,
    medianHours: 12,
    legalReview: 0.02,
    unanswered: 0.005,
    notifies: 0.3,
    content: { post: 60, group: 20, account: 10, photo: 10 },
    oversightBoard: false,
  },
};

/** How much more (or less) likely platforms act on each kind of cited law. */
export const CATEGORY_COMPLIANCE: Partial<Record<LegalCategory, number>> = {
  extremism_terrorism: 1.25,
  hate_discord: 1,
  misinformation: 0.8,
  government_criticism: 0.55,
  defamation_insult: 0.85,
  national_security: 0.9,
  electoral_law: 1,
  religious_offense: 0.9,
  other: 0.9,
};

/**
 * Multiplies the share of actions that are global removals (content against the platform's own
 * rules) rather than local restrictions: criticism of officials is at most withheld in the country,
 * terrorist propaganda or Nazi symbols break global policies more often.
 */
export const CATEGORY_GLOBAL: Partial<Record<LegalCategory, number>> = {
  extremism_terrorism: 1.6,
  hate_discord: 1.3,
  misinformation: 1,
  electoral_law: 1.1,
  national_security: 0.6,
  religious_offense: 0.7,
  defamation_insult: 0.5,
  government_criticism: 0.2,
  other: 0.9,
};

/** How much more likely an appeal reverses the decision, by category (criticism cases are reversed more). */
export const CATEGORY_REVERSAL: Partial<Record<LegalCategory, number>> = {
  government_criticism: 2,
  hate_discord: 1.4,
  misinformation: 1.2,
  defamation_insult: 1.2,
  extremism_terrorism: 0.5,
};

export const STATED_REASONS: Partial<Record<LegalCategory, string[]>> = {
  hate_discord: ['Incitement of social discord', 'Content inciting national and religious discord'],
  misinformation: ['Dissemination of knowingly false information', 'False information causing public alarm'],
  extremism_terrorism: ['Propaganda of a banned organisation', 'Calls for extremist activity'],
  government_criticism: ['Insult of the head of state', 'Discrediting state bodies'],
  national_security: ['Threat to national security and public order'],
  defamation_insult: ['Violation of personal rights and honour'],
  electoral_law: ['Disinformation about the electoral process'],
  religious_offense: ['Content offending religious feelings'],
  other: ['Prohibited information under national law'],
};
