/** Reviewed catalogue of the provisions the demo data cites: real instruments, short titles, categories. */
import type { LegalCategory } from '../../../shared/enums.ts';

export interface CatalogueBasis {
  jurisdiction: string;
  instrument: string;
  article: string;
  part?: string;
  title: string;
  category: LegalCategory;
}

const KZ_CC = 'Criminal Code of the Republic of Kazakhstan';
const TR_TCK = 'Turkish Penal Code (Law No. 5237)';
const RU_149 = 'Federal Law No. 149-FZ "On Information, Information Technologies and Information Protection"';
const TR_5651 = 'Law No. 5651 on the Regulation of Publications on the Internet';

/** Keyed by a short code the agency profiles refer to. */
export const LEGAL_BASES: Record<string, CatalogueBasis> = {
  'KZ-174': {
    jurisdiction: 'KZ',
    instrument: KZ_CC,
    article: '174',
    title: 'Incitement of social, national, clan, racial, class or religious discord',
    category: 'hate_discord',
  },
  'KZ-274': {
    jurisdiction: 'KZ',
    instrument: KZ_CC,
    article: '274',
    title: 'Dissemination of knowingly false information',
    category: 'misinformation',
  },
  'KZ-405': {
    jurisdiction: 'KZ',
    instrument: KZ_CC,
    article: '405',
    title:
      'Organisation of or participation in the activities of an association banned by a court for extremism or terrorism',
    category: 'extremism_terrorism',
  },
  'KZ-373': {
    jurisdiction: 'KZ',
    instrument: KZ_CC,
    article: '373',
    title: 'Public insult and other encroachment on the honour and dignity of the First President (Elbasy)',
    category: 'government_criticism',
  },
  'KZ-MM': {
    jurisdiction: 'KZ',
    instrument: 'Law of the Republic of Kazakhstan "On Mass Media" of 23 July 1999',
    article: '2',
    part: '3',
    title: 'Prohibited uses of mass media (incitement, extremism, propaganda of violence and other banned content)',
    category: 'other',
  },
  'KZ-OP': {
    jurisdiction: 'KZ',
    instrument: 'Law of the Republic of Kazakhstan No. 18-VIII "On Online Platforms and Online Advertising"',
    article: '9',
    part: '4',
    title: 'Duties of online platforms to counter illegal content and to consider requests of the authorised body',
    category: 'other',
  },
  'KZ-COMM': {
    jurisdiction: 'KZ',
    instrument: 'Law of the Republic of Kazakhstan "On Communications"',
    article: '41-1',
    title: 'Suspension of communication services and restriction of access to internet resources',
    category: 'other',
  },
  'RU-15.3': {
    jurisdiction: 'RU',
    instrument: RU_149,
    article: '15.3',
    title:
      'Restricting access to calls for mass unrest, extremism or unauthorised public events, and false information',
    category: 'extremism_terrorism',
  },
  'RU-15.1': {
    jurisdiction: 'RU',
    instrument: RU_149,
    article: '15.1',
    title: 'Unified register of prohibited information',
    category: 'other',
  },
  'RU-207.3': {
    jurisdiction: 'RU',
    instrument: 'Criminal Code of the Russian Federation',
    article: '207.3',
    title: 'Public dissemination of knowingly false information about the use of the armed forces',
    category: 'misinformation',
  },
  'TR-8A': {
    jurisdiction: 'TR',
    instrument: TR_5651,
    article: '8/A',
    title: 'Removal or blocking to protect life, national security or public order',
    category: 'national_security',
  },
  'TR-9': {
    jurisdiction: 'TR',
    instrument: TR_5651,
    article: '9',
    title: 'Removal for violation of personal rights',
    category: 'defamation_insult',
  },
  'TR-299': {
    jurisdiction: 'TR',
    instrument: TR_TCK,
    article: '299',
    title: 'Insulting the President',
    category: 'government_criticism',
  },
  'TR-217A': {
    jurisdiction: 'TR',
    instrument: TR_TCK,
    article: '217/A',
    title: 'Publicly disseminating misleading information',
    category: 'misinformation',
  },
  'IN-69A': {
    jurisdiction: 'IN',
    instrument: 'Information Technology Act, 2000',
    article: 'Section 69A',
    title: 'Blocking for sovereignty, security of the state or public order',
    category: 'national_security',
  },
  'IN-79': {
    jurisdiction: 'IN',
    instrument: 'Information Technology Act, 2000',
    article: 'Section 79',
    part: '3(b)',
    title: 'Loss of intermediary safe harbour after notice of unlawful content from the government',
    category: 'other',
  },
  'DE-130': {
    jurisdiction: 'DE',
    instrument: 'Strafgesetzbuch (German Criminal Code)',
    article: '§ 130',
    title: 'Incitement to hatred (Volksverhetzung)',
    category: 'hate_discord',
  },
  'DE-86a': {
    jurisdiction: 'DE',
    instrument: 'Strafgesetzbuch (German Criminal Code)',
    article: '§ 86a',
    title: 'Use of symbols of unconstitutional organisations',
    category: 'extremism_terrorism',
  },
  'BR-ELEC': {
    jurisdiction: 'BR',
    instrument: 'TSE Resolution No. 23.610/2019',
    article: '9-A',
    title: 'Dissemination of untrue facts in electoral propaganda',
    category: 'electoral_law',
  },
  'BR-714': {
    jurisdiction: 'BR',
    instrument: 'TSE Resolution No. 23.714/2022',
    article: '2',
    title:
      'Removal of knowingly untrue or seriously decontextualised facts affecting the integrity of the electoral process',
    category: 'electoral_law',
  },
  'VN-117': {
    jurisdiction: 'VN',
    instrument: 'Penal Code of Viet Nam (2015)',
    article: '117',
    title: 'Making, storing or spreading materials against the State',
    category: 'government_criticism',
  },
  'PK-37': {
    jurisdiction: 'PK',
    instrument: 'Prevention of Electronic Crimes Act, 2016',
    article: 'Section 37',
    title: 'Unlawful online content',
    category: 'religious_offense',
  },
};

/**
 * When a provision could be cited (entry into force, repeal or replacement), so no request cites a
 * law before it existed: Russia's "fakes" article dates from 4 March 2022, Turkey's disinformation
 * article from 18 October 2022, Kazakhstan's online-platforms law from 10 September 2023, and the
 * 1999 Kazakh media law was replaced by a new one signed in June 2024. Dates are YYYY-MM-DD, inclusive.
 */
export const BASIS_PERIODS: Partial<Record<string, { from?: string; until?: string }>> = {
  'KZ-MM': { until: '2024-06-30' },
  'KZ-OP': { from: '2023-09-10' },
  'RU-207.3': { from: '2022-03-04' },
  'TR-217A': { from: '2022-10-18' },
  // Art. 9-A was added to Resolution 23.610 by Resolution 23.671 of December 2021.
  'BR-ELEC': { from: '2022-01-01' },
  // Resolution 23.714 was adopted for the 2022 run-off and its aftermath.
  'BR-714': { from: '2022-10-20', until: '2022-12-31' },
};

/** Whether every provision of a citation set can be cited on `day` (YYYY-MM-DD). */
export function citable(codes: readonly string[], day: string): boolean {
  return codes.every((code) => {
    const period = BASIS_PERIODS[code];
    return !period || ((!period.from || day >= period.from) && (!period.until || day <= period.until));
  });
}
