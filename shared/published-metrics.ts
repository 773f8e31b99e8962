/**
 * Definitions of the published statistics (DESIGN.md §4), like shared/metrics.ts for our own
 * records: the Methodology page renders this text and the Platform reports cards take their
 * titles and definitions from it, so a figure is explained in one place only.
 */
import type { LegalCategory } from './enums.ts';
import { formatCount } from './format.ts';
import type { MeasureUnit, PublishedMeasure, PublishedRole, RequesterKind } from './published.ts';
import { DSA_CATEGORIES, GOOGLE_REASONS, GOOGLE_REQUESTER_KINDS } from './published-mappings.ts';

export interface PublishedMeasureDefinition {
  name: string;
  /** Who publishes it, in which layout. */
  publisher: 'Google' | 'X' | 'DSA section 3' | 'DSA section 7';
  definition: string;
}

/** Requests and items: what the totals sum, per layout (figure rows only). */
export const COUNT_DEFINITIONS = {
  requests:
    'Requests as the publisher counts them: Google’s “Number of Requests” per requester; X’s court orders plus government agency, police and other requests; DSA orders to act from Member State authorities.',
  items:
    'The items those requests name: Google’s “Items Requested To Be Removed”; X’s accounts specified; DSA specific items of information in the orders to act.',
} as const;

export const MEASURE_DEFINITIONS: Record<PublishedMeasure, PublishedMeasureDefinition> = {
  pct_removed_legal: {
    name: 'Removed for legal reasons',
    publisher: 'Google',
    definition: 'Percent of the requested items Google removed or restricted because of the law cited.',
  },
  pct_removed_policy: {
    name: 'Removed for policy violations',
    publisher: 'Google',
    definition: 'Percent of the requested items Google removed because they broke its own content policies.',
  },
  pct_content_not_found: {
    name: 'Content not found',
    publisher: 'Google',
    definition: 'Percent of the requested items Google could not find at the address given.',
  },
  pct_not_enough_information: {
    name: 'Not enough information',
    publisher: 'Google',
    definition: 'Percent of the requested items on which the request did not give Google enough to act.',
  },
  pct_no_action: {
    name: 'No action taken',
    publisher: 'Google',
    definition: 'Percent of the requested items Google left up.',
  },
  pct_already_removed: {
    name: 'Content already removed',
    publisher: 'Google',
    definition: 'Percent of the requested items that were gone before Google acted.',
  },
  requests_court_orders: {
    name: 'Removal requests: court orders',
    publisher: 'X',
    definition: 'Removal requests that were court orders.',
  },
  requests_government_other: {
    name: 'Removal requests: government agency, police, other',
    publisher: 'X',
    definition: 'Removal requests from government agencies, police and other requesters (X does not split them).',
  },
  pct_some_content_withheld: {
    name: 'Percentage where some content withheld',
    publisher: 'X',
    definition: 'Percent of the requests on which X withheld at least some content in the country.',
  },
  accounts_specified: {
    name: 'Accounts specified',
    publisher: 'X',
    definition: 'Accounts named in the requests (X’s unit of items).',
  },
  accounts_withheld: {
    name: 'Accounts withheld',
    publisher: 'X',
    definition: 'Accounts X withheld in the country.',
  },
  tweets_withheld: { name: 'Tweets withheld', publisher: 'X', definition: 'Posts X withheld in the country.' },
  accounts_tos: {
    name: 'Accounts actioned under the Terms of Service',
    publisher: 'X',
    definition: 'Accounts X acted on for breaking its own rules rather than withholding them under the law.',
  },
  accounts_no_action: {
    name: 'Accounts with no action',
    publisher: 'X',
    definition: 'Accounts named on which X took no action (older reports only).',
  },
  orders_to_act: {
    name: 'Orders to act against illegal content',
    publisher: 'DSA section 3',
    definition: 'Orders to act (DSA art. 9) received from a Member State’s judicial or administrative authorities.',
  },
  items_in_orders_to_act: {
    name: 'Items in orders to act',
    publisher: 'DSA section 3',
    definition: 'Specific items of information named in those orders.',
  },
  median_time_to_inform_act: {
    name: 'Median time to inform the authority (orders to act)',
    publisher: 'DSA section 3',
    definition: 'Median time from an order to act to the provider telling the authority it was received.',
  },
  median_time_to_effect_act: {
    name: 'Median time to give effect (orders to act)',
    publisher: 'DSA section 3',
    definition: 'Median time from an order to act to the provider acting on it.',
  },
  orders_to_provide_information: {
    name: 'Orders to provide information',
    publisher: 'DSA section 3',
    definition:
      'Orders to provide information about users (DSA art. 10); not removal requests, never summed with them.',
  },
  median_time_to_inform_information: {
    name: 'Median time to inform the authority (orders to provide information)',
    publisher: 'DSA section 3',
    definition: 'Median time from an order to provide information to the acknowledgement of its receipt.',
  },
  median_time_to_effect_information: {
    name: 'Median time to give effect (orders to provide information)',
    publisher: 'DSA section 3',
    definition: 'Median time from an order to provide information to the provider answering it.',
  },
  complaints_submitted: {
    name: 'Complaints submitted',
    publisher: 'DSA section 7',
    definition:
      'Complaints against the provider’s moderation decisions in its internal complaint-handling system (DSA art. 20); on the out-of-court row, disputes submitted to certified bodies (art. 21).',
  },
  decisions_upheld: {
    name: 'Decisions upheld',
    publisher: 'DSA section 7',
    definition: 'Complaints after which the provider kept its original decision.',
  },
  decisions_reversed: {
    name: 'Decisions reversed',
    publisher: 'DSA section 7',
    definition: 'Complaints after which the provider reversed its original decision.',
  },
  decisions_partially_reversed: {
    name: 'Decisions partially reversed',
    publisher: 'DSA section 7',
    definition: 'Complaints after which the provider reversed part of its decision.',
  },
  decisions_omitted: {
    name: 'Decision omitted',
    publisher: 'DSA section 7',
    definition:
      'Complaints that led to no decision (withdrawn, inadmissible or duplicate, as the provider counts them).',
  },
  median_time_to_decision: {
    name: 'Median time to a decision',
    publisher: 'DSA section 7',
    definition: 'Median time from a complaint (or dispute) to its decision.',
  },
  pct_outcomes_implemented: {
    name: 'Out-of-court outcomes implemented',
    publisher: 'DSA section 7',
    definition: 'Share of out-of-court settlement outcomes the provider implemented, as a fraction the provider wrote.',
  },
};

/** How each stored unit is shown: numbers exactly as published, with what they are. */
export const UNIT_TEXT: Record<MeasureUnit, string> = {
  count: 'a count',
  percent: 'percent (0–100, as published, rounded by the publisher)',
  fraction: 'a fraction (0–1, as published)',
  hours: 'hours (the publisher states the unit)',
  unstated: 'unit not stated by the publisher: the number is shown as written, without a unit',
};

/** A measure's value with its unit as stored: "33.6 hours", "104 (unit not stated)", "3%". */
export function formatMeasure(value: number | null | undefined, unit: MeasureUnit | undefined): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'percent') return `${value}%`;
  if (unit === 'fraction') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'hours') return `${value.toLocaleString('en')} hours`;
  if (unit === 'unstated') return `${value.toLocaleString('en')} (unit not stated)`;
  return formatCount(value);
}

export const ROLE_DEFINITIONS: Record<PublishedRole, string> = {
  figure:
    'The rows totals sum: Google per country × requester, X per country, DSA per Member State (category TOTAL). Every total and per-country, per-requester or per-publisher series adds up these rows only.',
  breakdown:
    'The same requests cut another way: Google per product × reason (its detailed file) and DSA per category of illegal content. They are summed only among themselves (the reason and product splits), never added to the figures.',
  check:
    'The publishers’ own total rows (X “TOTAL”, DSA scope “TOTAL”). They are compared with the sum of the figure rows at import and never added to anything; where they differ the page says so.',
};

export const REQUESTER_KIND_NAMES: Record<RequesterKind, string> = {
  court: 'Courts',
  executive: 'Government officials',
  police: 'Police',
  regulator: 'Regulators',
  military: 'Military',
  mixed: 'Government, police and other (not split)',
  other: 'Other',
  unspecified: 'Not stated',
};

/** Publishers' requester labels → our requester kind (labels are matched without case; the label is kept verbatim). */
export const REQUESTER_KIND_MAPPING: readonly { publisher: string; label: string; kind: RequesterKind }[] = [
  ...Object.entries(GOOGLE_REQUESTER_KINDS).map(([label, kind]) => ({
    publisher: 'Google',
    label: label === 'Other' ? 'Other (and any label new to the importer, with a warning)' : label,
    kind,
  })),
  { publisher: 'X', label: 'Court orders + government agency, police, other (one row per country)', kind: 'mixed' },
];

/** Google's removal reasons (detailed file) → our legal categories. */
export const GOOGLE_REASON_CATEGORIES: Readonly<Record<string, LegalCategory>> = GOOGLE_REASONS;

/** DSA categories of illegal content (`STATEMENT_CATEGORY_*`) → our legal categories; keywords map on their own where narrower. */
export const DSA_CATEGORY_REASONS: Readonly<Record<string, LegalCategory>> = DSA_CATEGORIES;

export const JURISDICTION_RULES: readonly string[] = [
  'Codes are ISO 3166-1 alpha-2. Publishers’ own codes are mapped: UK → GB (X), EL → GR (DSA template).',
  'Names without a code are matched after folding case, accents and apostrophes (“Türkiye”, “Côte d’Ivoire”).',
  'Europol and other EU-level requesters, and DSA figures for the whole Union, are stored as EU.',
  'Kosovo is XK (the code CLDR and the EU use). International bodies with no country (Interpol) are kept under ZZ, “no country”; a requester of no known country or body is refused with a problem naming it.',
];

export const RESTATEMENT_TEXT =
  'Google re-exports its whole history each time and sometimes changes past figures. When a newer file gives another number for the same publisher, period, jurisdiction and requester (or product × reason), the newer figure is current and the older one is kept as a restatement, listed with old → new values. Totals use current figures only.';

export const PERIOD_RULE =
  'Published figures cover half-years (DSA: the report period). A half-year is in the view when it ends within the period filtered on; the granularity control does not apply.';

export const RECONCILIATION_TEXT =
  'For each platform × jurisdiction × half-year where a publisher’s figure and our item-level records both exist, the published requests and items sit beside the requests and items recorded for the same platform and jurisdiction with a submission date in that half-year. Difference = recorded − published.';

export const COVERAGE_TEXT =
  'Coverage = recorded requests ÷ published requests for the same platform × jurisdiction × half-year; “—” where the publisher gives no figure or 0. Above 100 % means the records count requests the publisher does not (other counting units, or requests the platform counts under another country or period).';

export const SHARES_TEXT =
  'Google gives, per country × requester × half-year, six percentages of the requested items, rounded to whole numbers (a blank cell is 0). A half-year’s share is Σ(percent ÷ 100 × items) ÷ Σ items over the requester rows that give items, so large requesters weigh more; because of Google’s rounding the six can add up to a little more or less than 100 %.';

export const FILTER_TEXT =
  'Published figures follow the period, jurisdiction and platform filters (Google’s report covers all Google products, YouTube included). Agency, channel, legal category, provision, content type, author and source describe single records, which the publishers do not give; a page says when such a filter is set and is not applied to the published figures.';

/** Anchors of the Methodology page's “Published statistics” section, in page order. */
export const PUBLISHED_SECTIONS = {
  counts: 'published-counts',
  roles: 'published-roles',
  google: 'published-google',
  x: 'published-x',
  dsaOrders: 'published-dsa-orders',
  dsaComplaints: 'published-dsa-complaints',
  units: 'published-units',
  requesters: 'published-requesters',
  reasons: 'published-reasons',
  jurisdictions: 'published-jurisdictions',
  periods: 'published-periods',
  restatements: 'published-restatements',
  reconciliation: 'published-reconciliation',
} as const;

export interface PublishedCardText {
  title: string;
  definition: string;
  /** Anchor on the Methodology page. */
  metric: string;
}

const S = PUBLISHED_SECTIONS;

/** Titles and one-line definitions of the Platform reports cards. */
export const PUBLISHED_CARDS = {
  volume: {
    title: 'Requests and items in the platforms’ own reports, per half-year',
    definition:
      'Government removal requests and the items they name, as Google, X and the DSA reports count them; figure rows only, so nothing is counted twice.',
    metric: S.counts,
  },
  shares: {
    title: 'What Google did with the items requested',
    definition:
      'Share of the requested items per outcome and half-year: Google’s rounded percentages per requester, weighted by each requester’s items.',
    metric: S.google,
  },
  products: {
    title: 'Google’s requests by product',
    definition:
      'Requests per Google product, from Google’s detailed file (breakdown rows: the same requests cut by product and reason).',
    metric: S.roles,
  },
  dsaStates: {
    title: 'Orders to act from Member State authorities (DSA)',
    definition:
      'Orders to act against illegal content per Member State and service, with the services’ median time to give effect, unit as stated.',
    metric: S.dsaOrders,
  },
  dsaCategories: {
    title: 'Orders to act by category of illegal content (DSA)',
    definition:
      'The same orders per category of illegal content (breakdown rows of the Member States in view), per service.',
    metric: S.dsaOrders,
  },
  complaints: {
    title: 'Complaints against platforms’ decisions (DSA)',
    definition:
      'Outcomes of complaints in each service’s internal complaint-handling system, as shares of complaints submitted; median time to a decision as stated.',
    metric: S.dsaComplaints,
  },
  coverage: {
    title: 'How much of the published requests our records cover',
    definition: 'Recorded requests ÷ published requests, per half-year, for the platforms and countries in view.',
    metric: S.reconciliation,
  },
  reconciliation: {
    title: 'Published figures beside our records',
    definition:
      'Per platform × jurisdiction × half-year where both exist: published and recorded requests and items, the difference and coverage.',
    metric: S.reconciliation,
  },
  checks: {
    title: 'Where publishers contradict themselves',
    definition:
      'Publishers’ own TOTAL rows that differ from the rows above them, and past figures a newer export changed (old → new).',
    metric: S.restatements,
  },
  sources: {
    title: 'Imported report files',
    definition: 'Every published file imported: publisher, layout, checksum, when, what it covers and what to know.',
    metric: S.roles,
  },
  googleRequesters: {
    title: 'Google: requests per requester and half-year',
    definition:
      'Google’s figure rows for this country: requests, items and the six outcome percentages, per requester as Google labels it.',
    metric: S.google,
  },
  xCountry: {
    title: 'X: removal requests per half-year',
    definition: 'X’s figure rows for this country: requests by kind, accounts specified and what was withheld.',
    metric: S.x,
  },
  dsaCountry: {
    title: 'DSA orders to act from this Member State',
    definition:
      'Each service’s orders to act and orders to provide information from this Member State, median times as stated.',
    metric: S.dsaOrders,
  },
} satisfies Record<string, PublishedCardText>;

export type PublishedCardId = keyof typeof PUBLISHED_CARDS;
