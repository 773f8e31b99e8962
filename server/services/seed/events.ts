/**
 * Real timeline events drawn as annotations beside the demo data. Where only the month is sure,
 * the date is the first of the month and the title says so.
 */
export interface DemoEvent {
  date: string;
  jurisdiction: string | null;
  title: string;
  url: string;
}

export const EVENTS: DemoEvent[] = [
  {
    date: '2021-02-25',
    jurisdiction: 'IN',
    title: 'India notifies the IT (Intermediary Guidelines and Digital Media Ethics Code) Rules, 2021',
    url: 'https://en.wikipedia.org/wiki/Information_Technology_(Intermediary_Guidelines_and_Digital_Media_Ethics_Code)_Rules,_2021',
  },
  {
    date: '2021-09-15',
    jurisdiction: 'KZ',
    title:
      "Kazakhstan's Mazhilis approves in first reading a bill obliging foreign social networks to open local offices",
    url: 'https://www.rferl.org/a/kazakhstan-block-social-networks/31461720.html',
  },
  {
    date: '2021-11-01',
    jurisdiction: 'KZ',
    title:
      "Kazakhstan's Ministry of Information and Social Development announces access to Facebook's Content Reporting System",
    url: 'https://www.rferl.org/a/kazakhstan-access-facebook-content/31539818.html',
  },
  {
    date: '2022-01-05',
    jurisdiction: 'KZ',
    title: 'Nationwide internet shutdown during the January 2022 unrest in Kazakhstan',
    url: 'https://en.wikipedia.org/wiki/2022_Kazakh_unrest',
  },
  {
    date: '2022-03-04',
    jurisdiction: 'RU',
    title: 'Roskomnadzor blocks Facebook in Russia',
    url: 'https://en.wikipedia.org/wiki/Internet_censorship_in_Russia',
  },
  {
    date: '2022-03-04',
    jurisdiction: 'RU',
    title: 'Russia criminalises "knowingly false information" about its armed forces (Criminal Code Art. 207.3)',
    url: 'https://en.wikipedia.org/wiki/Russian_2022_war_censorship_laws',
  },
  {
    date: '2022-03-14',
    jurisdiction: 'RU',
    title: 'Instagram blocked in Russia',
    url: 'https://en.wikipedia.org/wiki/Internet_censorship_in_Russia',
  },
  {
    date: '2022-10-18',
    jurisdiction: 'TR',
    title: 'Turkey\'s "disinformation law" (Law No. 7418) adds Art. 217/A to the Penal Code',
    url: 'https://en.wikipedia.org/wiki/Censorship_in_Turkey',
  },
  {
    date: '2022-10-20',
    jurisdiction: 'BR',
    title: "Brazil's Superior Electoral Court adopts Resolution 23.714 on electoral disinformation",
    url: 'https://en.wikipedia.org/wiki/2022_Brazilian_general_election',
  },
  {
    date: '2022-10-30',
    jurisdiction: 'BR',
    title: 'Brazilian presidential run-off election',
    url: 'https://en.wikipedia.org/wiki/2022_Brazilian_general_election',
  },
  {
    date: '2023-05-14',
    jurisdiction: 'TR',
    title: 'Turkish presidential and parliamentary elections',
    url: 'https://en.wikipedia.org/wiki/2023_Turkish_presidential_election',
  },
  {
    date: '2023-07-10',
    jurisdiction: 'KZ',
    title: 'Kazakhstan\'s Law "On Online Platforms and Online Advertising" signed (in force September 2023)',
    url: 'https://www.loc.gov/item/global-legal-monitor/2023-11-07/kazakhstan-new-legal-framework-for-online-platforms-and-online-advertising-takes-effect/',
  },
  {
    date: '2024-02-17',
    jurisdiction: 'PK',
    title: 'X restricted nationwide in Pakistan amid allegations of election fraud',
    url: 'https://www.brecorder.com/news/40290002/x-faces-disruption-in-pakistan-for-5th-consecutive-day-netblocks',
  },
  {
    date: '2024-06-01',
    jurisdiction: 'KZ',
    title: 'Kazakhstan adopts a new Law "On Mass Media" replacing the 1999 law (June 2024)',
    url: 'https://kt.kz/eng/government/head_of_state_tokayev_signs_law_on_mass_media_1377965797.html',
  },
  {
    date: '2024-10-01',
    jurisdiction: 'IN',
    title: "India's Home Ministry opens the Sahyog portal for takedown notices (October 2024)",
    url: 'https://www.ndtvprofit.com/technology/elon-musks-x-deeply-concerned-about-karnataka-high-courts-order-on-sahyog-portal',
  },
  {
    date: '2025-03-19',
    jurisdiction: 'TR',
    title: 'Istanbul mayor Ekrem İmamoğlu detained; protests and account-blocking orders follow',
    url: 'https://www.birgun.net/haber/istanbul-mayor-imamoglu-and-his-colleagues-detained-608478',
  },
  {
    date: '2025-09-24',
    jurisdiction: 'IN',
    title: "Karnataka High Court dismisses X's challenge to the Sahyog portal",
    url: 'https://www.ndtvprofit.com/technology/elon-musks-x-deeply-concerned-about-karnataka-high-courts-order-on-sahyog-portal',
  },
];
