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
    title: 'Organisation of or participation in the activities of a banned organisation',
    category: 'extremism_terrorism',
  },
  'KZ-373': {
    jurisdiction: 'KZ',
    instrument: KZ_CC,
    article: '373',
    title: 'Insult of the First President of the Republic of Kazakhstan',
    category: 'government_criticism',
  },
  'KZ-MM': {
    jurisdiction: 'KZ',
    instrument: 'Law of the Republic of Kazakhstan "On Mass Media"',
    article: '2',
    part: '3',
    title: 'Prohibited uses of mass media',
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
    instrument: 'Turkish Penal Code (Law No. 5237)',
    article: '299',
    title: 'Insulting the President',
    category: 'government_criticism',
  },
  'IN-69A': {
    jurisdiction: 'IN',
    instrument: 'Information Technology Act, 2000',
    article: 'Section 69A',
    title: 'Blocking for sovereignty, security of the state or public order',
    category: 'national_security',
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
